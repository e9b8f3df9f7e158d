import { useMemo, useState } from 'react';
import type { WardEvent } from '../../domain/events';
import { marFor } from '../../domain/mar';
import type { PatientState } from '../../domain/patient';
import { isoToDayFirst } from '../../domain/time';
import { useI18n } from '../../i18n/I18nProvider';
import { DayNav } from '../../ui/DayNav';
import { wardDay } from '../../domain/time';
import { useMedRights } from './hooks';
import { MarRowView } from './MarRowView';
import { useTimeZone } from '../../ui/wardTime';

interface MarPanelProps {
  patient: PatientState;
  /** The events of the current stay. */
  events: readonly WardEvent[];
  now: string;
}

/** The medication administration record of one ward day (midnight to midnight), day by day. */
export function MarPanel({ patient, events, now }: MarPanelProps) {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const rights = useMedRights();
  const timeZone = useTimeZone();
  const day = wardDay(now, offset, timeZone);
  const rows = useMemo(
    () => marFor(events, day.from, day.to, now, timeZone),
    [events, day.from, day.to, now, timeZone],
  );
  return (
    <section aria-labelledby="mar-title" className="panel">
      <h2 id="mar-title">{t('charting.mar.title', { date: isoToDayFirst(day.date) })}</h2>
      <DayNav offset={offset} onChange={setOffset} label={t('charting.mar.dayNav')} />
      {rows.length === 0 ? (
        <p>{t('charting.mar.none')}</p>
      ) : (
        <ul className="mar" aria-label={t('charting.mar.list')}>
          {rows.map((row) => (
            <MarRowView key={row.prescription.id} row={row} patient={patient} now={now} />
          ))}
        </ul>
      )}
      {patient.status === 'admitted' && rights.prescribe && (
        <a className="button button-primary" href={`#/patient/${patient.id}/prescribe`}>
          {t('charting.meds.prescribe')}
        </a>
      )}
      {patient.status === 'admitted' && !rights.prescribe && (
        <p className="field-hint">{t('medSafety.roles.prescribing')}</p>
      )}
    </section>
  );
}
