import type { WardEvent } from '../../domain/events';
import type { PatientState } from '../../domain/patient';
import { vitalsSeries } from '../../domain/vitalsChart';
import { useI18n } from '../../i18n/I18nProvider';
import { hoursFrom } from '../../domain/time';
import { VitalsChart } from './VitalsChart';
import { VitalsTable } from './VitalsTable';
import { useTimeZone } from '../../ui/wardTime';

/** The last 72 hours of vitals, as charts and as a table (voided sets are out). */
export function TrendsView({
  patient,
  events,
  now,
}: {
  patient: PatientState;
  events: readonly WardEvent[];
  now: string;
}) {
  const { t } = useI18n();
  const from = hoursFrom(now, -72, useTimeZone());
  const rows = vitalsSeries(events, from, now, patient.header.spo2Scale ?? 1);
  return (
    <>
      <section aria-labelledby="chart-title" className="panel">
        <h2 id="chart-title">{t('charting.vitals.chart.title')}</h2>
        <p className="field-hint">{t('charting.vitals.chart.hint')}</p>
        <VitalsChart rows={rows} from={from} to={now} />
      </section>
      <section aria-labelledby="table-title" className="panel">
        <h2 id="table-title">{t('charting.vitals.table.title')}</h2>
        <VitalsTable rows={rows} />
      </section>
    </>
  );
}
