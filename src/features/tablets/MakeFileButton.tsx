import { useState } from 'react';
import type { WriteFailure } from '../../domain/failure';
import { useI18n } from '../../i18n/I18nProvider';
import { Notice } from '../../ui/Notice';
import { deliverFile } from '../../ui/deliverFile';
import { GiveAnyway } from '../../ui/GiveAnyway';
import { tryMakeWholeWardFile, type MadeWardFile } from './hooks';

type Status =
  | { state: 'idle' }
  | { state: 'working'; done?: number; total?: number }
  | { state: 'held'; made: MadeWardFile }
  | { state: 'made'; name: string; events: number; shared: boolean }
  | { state: 'failed'; failure: WriteFailure };

/**
 * Makes a ward file of the whole log and hands it over (share sheet or download). A file that
 * lacks some entries waits for the nurse's "hand over anyway", as on the Data screen.
 */
export function MakeFileButton({ label, primary = false }: { label: string; primary?: boolean }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  async function make() {
    setStatus({ state: 'working' });
    const made = await tryMakeWholeWardFile((done, total) =>
      setStatus({ state: 'working', done, total }),
    );
    if (!made.ok) return setStatus({ state: 'failed', failure: made.failure });
    if (made.value.unreadable.leftOut > 0) return setStatus({ state: 'held', made: made.value });
    await give(made.value);
  }

  async function give({ blob, fileName, events }: MadeWardFile) {
    const delivery = await deliverFile(blob, fileName);
    setStatus({ state: 'made', name: fileName, events, shared: delivery === 'shared' });
  }

  return (
    <div className="make-file">
      <button
        type="button"
        className={primary ? 'button-primary' : 'button-secondary'}
        disabled={status.state === 'working'}
        onClick={() => void make()}
      >
        {label}
      </button>
      {status.state === 'working' && (
        <Notice tone="info">
          {status.total === undefined
            ? t('tablets.add.working')
            : t('tablets.add.progress', { done: status.done ?? 0, total: status.total })}
        </Notice>
      )}
      {status.state === 'made' && (
        <Notice tone="success">
          {t(status.shared ? 'tablets.add.shared' : 'tablets.add.done', {
            name: status.name,
            events: t('tablets.join.events', { count: status.events }),
          })}
        </Notice>
      )}
      {status.state === 'failed' && <Notice tone="error">{t('tablets.add.failed')}</Notice>}
      {status.state === 'held' && (
        <>
          <Notice tone="error">
            {t('wardFileCarry.leftOut', { count: status.made.unreadable.leftOut })}
          </Notice>
          <GiveAnyway held={status.made} onGive={(made) => void give(made)} />
        </>
      )}
    </div>
  );
}
