import { careItems } from '../../domain/carePlan';
import type { LogEvent } from '../../domain/chartEvents';
import { prescriptions } from '../../domain/prescriptions';
import { VITALS_LIMITS, type NumericVital } from '../../domain/vitals';
import { news2FromVitals } from '../../domain/vitalsChart';
import { useI18n } from '../../i18n/I18nProvider';

const SHOWN_VITALS: NumericVital[] = [
  'respiratoryRate',
  'spo2',
  'systolicBp',
  'diastolicBp',
  'pulse',
  'temperature',
  'pain',
  'bloodGlucose',
  'weight',
  'urineOutput',
];

/** One line per entry of the log, in words, naming the drug or the care it is about. */
export function useDescribe(events: readonly LogEvent[], bedLabel: (id: string) => string) {
  const { t, formatNumber, formatTime } = useI18n();
  const drugs = new Map(prescriptions(events).map((p) => [p.id as string, p.drug]));
  const cares = new Map(
    careItems(events).map((c) => [c.id as string, c.label ?? t(`charting.care.items.${c.item}`)]),
  );
  const drug = (id: string) => drugs.get(id) ?? '?';
  return (event: LogEvent): string => {
    switch (event.type) {
      case 'vitals.recorded': {
        const v = event.payload;
        const values = SHOWN_VITALS.flatMap((field) => {
          const value = v[field];
          return value === undefined
            ? []
            : [
                `${t(`charting.vitals.short.${field}`)} ${formatNumber(value)} ${VITALS_LIMITS[field].unit}`,
              ];
        });
        if (v.onOxygen !== undefined)
          values.push(v.onOxygen ? t('charting.vitals.onOxygen') : t('charting.vitals.air'));
        if (v.consciousness) values.push(`ACVPU ${v.consciousness}`);
        const score = news2FromVitals(v);
        if (score.kind === 'scored')
          values.push(t('charting.news2.score', { total: score.result.total }));
        return t('charting.timeline.vitals', { values: values.join(', ') });
      }
      case 'med.prescribed':
        return t('charting.timeline.prescribed', { drug: event.payload.drug });
      case 'med.stopped':
        return t('charting.timeline.stopped', {
          drug: drug(event.payload.prescriptionId),
          reason: event.payload.reason,
        });
      case 'med.administered': {
        const p = event.payload;
        return t('charting.timeline.administered', {
          drug: drug(p.prescriptionId),
          outcome: t(`charting.mar.status.${p.outcome}`),
          due: p.dueAt ? formatTime(p.dueAt) : t('charting.give.prnShort'),
          detail: [
            p.dose &&
              `${formatNumber(p.dose.value)} ${t(`charting.meds.units.${p.dose.unit}`, { count: p.dose.value })}`,
            p.reason,
            p.prnIndication,
          ]
            .filter(Boolean)
            .join(' — '),
        });
      }
      case 'care.planned':
        return t('charting.timeline.carePlanned', {
          item: event.payload.label ?? t(`charting.care.items.${event.payload.item}`),
        });
      case 'care.done':
        return t('charting.timeline.careDone', {
          item: cares.get(event.payload.careId) ?? '?',
          outcome: t(`charting.care.status.${event.payload.outcome}`),
          due: formatTime(event.payload.dueAt),
          reason: event.payload.reason ?? '',
        });
      case 'care.stopped':
        return t('charting.timeline.careStopped', {
          item: cares.get(event.payload.careId) ?? '?',
          reason: event.payload.reason,
        });
      case 'note.targeted':
        return t('charting.timeline.note', {
          target: event.payload.target,
          text: [event.payload.data, event.payload.actions, event.payload.results]
            .filter(Boolean)
            .join(' / '),
        });
      case 'result.phoned':
        return t('charting.timeline.result', {
          test: event.payload.test,
          value: `${event.payload.value} ${event.payload.unit ?? ''}`.trim(),
          by: event.payload.calledBy,
          readBack: event.payload.readBack
            ? t('charting.results.readBackYes')
            : t('charting.results.readBackNo'),
        });
      case 'escalation.informed':
        return t('escalation.timeline', {
          who: [t(`escalation.form.roles.${event.payload.role}`), event.payload.name]
            .filter(Boolean)
            .join(' '),
          response: event.payload.response ? ` — ${event.payload.response}` : '',
        });
      case 'note.written':
        return event.payload.text;
      case 'patient.admitted':
        return t('patients.patient.history.admitted');
      case 'patient.moved':
        return t('patients.patient.history.moved', { bed: bedLabel(event.payload.bedId) });
      case 'patient.updated':
        return t('patients.patient.history.updated', { reason: event.payload.reason });
      case 'patient.discharged':
        return t('patients.patient.history.discharged', {
          destination: t(`patients.patient.destinations.${event.payload.destination}`),
        });
      case 'patient.identifierLinked':
        return t('patients.patient.history.identifierLinked', { ipp: event.payload.ipp });
      default:
        return event.type;
    }
  };
}
