import { useI18n } from '../i18n/I18nProvider';
import { Notice } from './Notice';
import type { DraftControl } from './useDraft';
import { useNow } from './useNow';

/** Says that a form was filled from a draft, typed when and by whom, with a way to drop it. */
export function DraftNotice({ draft }: { draft: DraftControl }) {
  const { t, formatTime, formatDateTime } = useI18n();
  const now = useNow();
  const { restored } = draft;
  if (!restored) return null;
  const name = restored.by.name;
  // Both are ISO with the ward's offset: the same first ten characters, the same ward day.
  const today = restored.savedAt.slice(0, 10) === now.slice(0, 10);
  return (
    <Notice tone="info">
      <p>
        {today
          ? t('drafts.restored', { time: formatTime(restored.savedAt), name })
          : t('drafts.restoredOn', { date: formatDateTime(restored.savedAt), name })}{' '}
        {t('drafts.restoredHint')}
      </p>
      <button type="button" className="button-secondary" onClick={draft.discard}>
        {t('drafts.discard')}
      </button>
    </Notice>
  );
}
