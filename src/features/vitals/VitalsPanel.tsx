import { useMemo } from 'react';
import type { WardEvent } from '../../domain/events';
import type { PatientState } from '../../domain/patient';
import { observationDue, vitalsRows } from '../../domain/vitalsChart';
import { useI18n } from '../../i18n/I18nProvider';
import { News2Badge, ObservationStatus } from './News2Display';
import { COLUMNS, useVitalText } from './vitalsText';
import { useTimeZone } from '../../ui/wardTime';

interface VitalsPanelProps {
  patient: PatientState;
  /** The events of the current stay. */
  events: readonly WardEvent[];
  now: string;
}

/** On the patient's screen: the last set, its NEWS2, when the next is due, and the way to chart. */
export function VitalsPanel({ patient, events, now }: VitalsPanelProps) {
  const { t, formatDateTime } = useI18n();
  const timeZone = useTimeZone();
  const text = useVitalText();
  const scale = patient.header.spo2Scale ?? 1;
  const due = useMemo(
    () => observationDue(events, now, scale, timeZone),
    [events, now, scale, timeZone],
  );
  const last = useMemo(() => vitalsRows(events, scale).at(-1), [events, scale]);
  const base = `#/patient/${patient.id}`;
  return (
    <section aria-labelledby="vitals-title" className="panel">
      <h2 id="vitals-title">{t('charting.vitals.title')}</h2>
      <p className="panel-status">
        {due.last?.news2 && <News2Badge result={due.last.news2} />}{' '}
        {/* Once discharged, nothing is due: no "À FAIRE" or "EN RETARD". */}
        {patient.status === 'admitted' && <ObservationStatus due={due} />}
      </p>
      {last ? (
        <>
          <p className="journal-meta">
            {t('charting.vitals.lastAt', {
              time: formatDateTime(last.at),
              author: `${last.author.name} (${last.author.initials})`,
            })}
          </p>
          <dl className="vitals-summary">
            {COLUMNS.map((column) => {
              const value = text(last.values, column);
              return value ? (
                <div key={column}>
                  <dt>{t(`charting.vitals.short.${column}`)}</dt>
                  <dd>{value}</dd>
                </div>
              ) : null;
            })}
          </dl>
        </>
      ) : (
        <p>{t('charting.vitals.none')}</p>
      )}
      <p className="news2-scale">
        {scale === 2 ? t('charting.vitals.scale.two') : t('charting.vitals.scale.one')}
      </p>
      {patient.status === 'admitted' && (
        <div className="action-bar">
          <a className="button button-primary" href={`${base}/vitals`}>
            {t('charting.vitals.record')}
          </a>
          <a className="button button-secondary" href={`${base}/trends`}>
            {t('charting.vitals.trends')}
          </a>
          <a className="button button-secondary" href={`${base}/scale`}>
            {t('charting.vitals.scale.change')}
          </a>
        </div>
      )}
    </section>
  );
}
