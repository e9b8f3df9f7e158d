import type { EventId } from '../../domain/ids';
import { instantOf } from '../../domain/time';
import { useI18n } from '../../i18n/I18nProvider';
import { deviceLabel } from '../../ui/deviceLabel';
import { useDescribeEvent } from '../../ui/eventText';
import { useDeviceNames } from '../../hooks/devices';
import type { HistoryEntry } from './hooks';

// A late entry is one recorded more than a quarter of an hour after it happened.
const LATE_MS = 15 * 60_000;

/** Admissions, moves, changes (what changed, and why) and discharges: the log, newest first. */
export function PatientHistory({
  history,
  bedLabel,
  onShowEarlier,
}: {
  /** Read once by the patient's screen, which shows it here and in "present since". */
  history: readonly HistoryEntry[] | undefined;
  bedLabel: (bedId: string | null) => string | undefined;
  /** Given when earlier entries are left out: widens the window. */
  onShowEarlier?: (() => void) | undefined;
}) {
  const { t, formatDateTime } = useI18n();
  const names = useDeviceNames();
  const events = history?.map((entry) => entry.event) ?? [];
  const voided = new Set<EventId>(
    history?.filter((entry) => entry.voided).map((entry) => entry.event.id),
  );
  const describe = useDescribeEvent(events, (id) => bedLabel(id) ?? '?', voided);
  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">{t('patients.patient.historyTitle')}</h2>
      <ol className="journal">
        {history?.map(({ event, voided }) => (
          <li key={event.id} className={`journal-entry${voided ? ' voided' : ''}`}>
            <p className="journal-meta">
              {t('patients.patient.by', {
                time: formatDateTime(event.at),
                author: `${event.author.name} (${event.author.initials})`,
              })}{' '}
              {t('words.device.on', { name: deviceLabel(t, names, event.deviceId) })}
              {instantOf(event.recordedAt) - instantOf(event.at) > LATE_MS &&
                ` — ${t('patients.patient.late', { time: formatDateTime(event.recordedAt) })}`}
              {voided && ` — ${t('patients.patient.voided')}`}
            </p>
            <p className="journal-text">{describe(event)}</p>
          </li>
        ))}
      </ol>
      {onShowEarlier && (
        <button type="button" className="button button-secondary" onClick={onShowEarlier}>
          {t('history.showEarlier')}
        </button>
      )}
    </section>
  );
}
