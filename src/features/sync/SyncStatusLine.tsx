import { useI18n } from '../../i18n/I18nProvider';
import { useSyncStatus } from './hooks';

/** Hours and minutes of a ward-time ISO string (it carries the ward's offset). */
const clockOf = (iso: string) => iso.slice(11, 16);

/** The hub at a glance, in the header of every screen: connected, last exchange, waiting. */
export function SyncStatusLine() {
  const { t } = useI18n();
  const status = useSyncStatus();
  const parts =
    status.state === 'off'
      ? [t('sync.off')]
      : [
          t(`sync.${status.state}`),
          status.exchangedAt
            ? t('sync.exchangedAt', { time: clockOf(status.exchangedAt) })
            : t('sync.never'),
          t('sync.waiting', { count: status.waiting }),
        ];
  return (
    <span role="status" className="sync-status" data-state={status.state}>
      {parts.join(' · ')}
    </span>
  );
}
