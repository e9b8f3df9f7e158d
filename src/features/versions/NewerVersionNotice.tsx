import { useI18n } from '../../i18n/I18nProvider';
import { useNewerEvents } from './hooks';

/**
 * Above every screen while entries written by a newer version of Relève are known: they are
 * kept, not shown, and the app must be updated to read them.
 */
export function NewerVersionNotice() {
  const { t } = useI18n();
  const count = useNewerEvents().length;
  if (count === 0) return null;
  return (
    <div className="notice notice-error newer-version-notice" role="status">
      <strong>{t('versions.newer.title')}</strong> {t('versions.newer.text', { count })}{' '}
      {t('versions.newer.whatToDo')}
    </div>
  );
}
