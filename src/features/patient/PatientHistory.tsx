import type { WardEvent } from '../../domain/events';
import { instantOf } from '../../domain/time';
import { useI18n } from '../../i18n/I18nProvider';
import { usePatientHistory } from './hooks';

// A late entry is one recorded more than a quarter of an hour after it happened.
const LATE_MS = 15 * 60_000;

/** Admissions, moves, changes with their reasons and discharges: the log, newest first. */
export function PatientHistory({
  patientId,
  bedLabel,
}: {
  patientId: string;
  bedLabel: (bedId: string | null) => string | undefined;
}) {
  const { t, formatDateTime } = useI18n();
  const history = usePatientHistory(patientId);
  const describe = (event: WardEvent): string => {
    switch (event.type) {
      case 'patient.admitted':
        return t('patients.patient.history.admitted');
      case 'patient.moved':
        return t('patients.patient.history.moved', { bed: bedLabel(event.payload.bedId) ?? '?' });
      case 'patient.updated':
        return t('patients.patient.history.updated', { reason: event.payload.reason });
      case 'patient.discharged':
        return t('patients.patient.history.discharged', {
          destination: [
            t(`patients.patient.destinations.${event.payload.destination}`),
            event.payload.detail,
          ]
            .filter(Boolean)
            .join(' — '),
        });
      case 'patient.identifierLinked': {
        const { ipp, sharedIpp } = event.payload;
        const linked = t('patients.patient.history.identifierLinked', { ipp });
        return sharedIpp
          ? `${linked} — ${t('identityEdits.sameIpp.history', { reason: sharedIpp.reason })}`
          : linked;
      }
      default:
        return event.type;
    }
  };
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
              })}
              {instantOf(event.recordedAt) - instantOf(event.at) > LATE_MS &&
                ` — ${t('patients.patient.late', { time: formatDateTime(event.recordedAt) })}`}
              {voided && ` — ${t('patients.patient.voided')}`}
            </p>
            <p className="journal-text">{describe(event)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
