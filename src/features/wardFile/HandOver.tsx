import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { deliverFile } from '../../ui/deliverFile';
import type { MadeWardFile } from './hooks';
import { useWardFileWords } from './words';

export type Status = { tone: 'success' | 'error' | 'info'; text: string };

/**
 * Hands a made ward file over (share sheet or download) and says what it holds. When some
 * entries could not go in the file, that is said first and the file waits for the nurse's
 * "hand over anyway": a backup that lacks entries is never given silently.
 */
export function useHandOver(setStatus: (status: Status) => void) {
  const { t } = useI18n();
  const words = useWardFileWords();
  const [held, setHeld] = useState<MadeWardFile | null>(null);

  const give = async (made: MadeWardFile) => {
    setHeld(null);
    const how = await deliverFile(made.blob, made.fileName);
    const { damaged, newer, leftOut } = made.unreadable;
    const notes = [words.made(how, made.fileName, made.events)];
    if (damaged + newer > 0) notes.push(t('wardFileCarry.asStored', { count: damaged + newer }));
    if (leftOut > 0) notes.push(t('wardFileCarry.leftOut', { count: leftOut }));
    setStatus({ tone: leftOut > 0 ? 'error' : 'success', text: notes.join(' ') });
  };

  const handOver = async (made: MadeWardFile) => {
    if (made.unreadable.leftOut === 0) return give(made);
    setHeld(made);
    setStatus({
      tone: 'error',
      text: t('wardFileCarry.leftOut', { count: made.unreadable.leftOut }),
    });
  };

  return { held, handOver, give };
}
