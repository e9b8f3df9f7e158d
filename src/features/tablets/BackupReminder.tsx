import './tablets.css';
import { useI18n } from '../../i18n/I18nProvider';
import { useNow } from '../../ui/useNow';
import { useWhenText } from '../../ui/whenText';
import { MakeFileButton } from './MakeFileButton';
import { useBackupStatus } from './hooks';

/**
 * The board: when this tablet last made a ward file ("jamais" if never) and, once the period
 * set in Settings has passed, a reminder with the button that makes one.
 */
export function BackupReminder() {
  const { t } = useI18n();
  const now = useNow();
  const when = useWhenText();
  const status = useBackupStatus();
  if (!status) return null;
  const last =
    status.madeAtMs === undefined
      ? t('tablets.backup.never')
      : when(new Date(status.madeAtMs).toISOString(), now);
  return (
    <section
      aria-label={t('tablets.backup.settingTitle')}
      className={status.due ? 'backup-reminder backup-due' : 'backup-reminder'}
      data-testid="backup-reminder"
    >
      <p data-testid="backup-last">{t('tablets.backup.last', { when: last })}</p>
      {status.due && (
        <>
          <p className="backup-due-text">
            {status.madeAtMs === undefined
              ? t('tablets.backup.neverDue')
              : t('tablets.backup.due', { hours: status.hours })}
          </p>
          <MakeFileButton label={t('tablets.backup.make')} primary />
        </>
      )}
    </section>
  );
}
