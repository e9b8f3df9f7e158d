import { BACKUP_REMINDER_CHOICES, BACKUP_REMINDER_HOURS } from '../../domain/backupReminder';
import { useI18n } from '../../i18n/I18nProvider';
import { Field } from '../../ui/Field';
import { trySaveBackupReminderHours, useBackupReminderHours } from './hooks';

/** Settings: after how long without a ward file the board reminds (this tablet only). */
export function BackupReminderSetting() {
  const { t } = useI18n();
  const hours = useBackupReminderHours();
  return (
    <section aria-labelledby="backup-reminder-title" className="panel">
      <h2 id="backup-reminder-title">{t('tablets.backup.settingTitle')}</h2>
      <Field label={t('tablets.backup.setting')} hint={t('tablets.backup.settingHint')}>
        {(props) => (
          <select
            {...props}
            value={hours ?? BACKUP_REMINDER_HOURS.default}
            onChange={(e) => void trySaveBackupReminderHours(Number(e.target.value))}
          >
            {BACKUP_REMINDER_CHOICES.map((h) => (
              <option key={h} value={h}>
                {t('tablets.backup.hours', { count: h })}
              </option>
            ))}
          </select>
        )}
      </Field>
    </section>
  );
}
