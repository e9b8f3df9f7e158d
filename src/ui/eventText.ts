import { useMemo } from 'react';
import { careItems } from '../domain/carePlan';
import type { WardEvent } from '../domain/events';
import type { EventId } from '../domain/ids';
import { headerChanges, type HeaderChange } from '../domain/headerDiff';
import { prescriptions } from '../domain/prescriptions';
import { withReason } from '../domain/reasonText';
import { VITALS_LIMITS, type NumericVital } from '../domain/vitals';
import { news2FromVitals } from '../domain/vitalsChart';
import { useI18n } from '../i18n/I18nProvider';
import { headerChangeText } from './headerChangeText';

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

/**
 * The one describer of the patient's log (timeline and history alike): one line per entry, in
 * words, naming the drug or the care it is about, and what a change of the header changed.
 * `events` is the patient's log (voids included), for names and for the header before each change.
 */
export function useDescribeEvent(
  events: readonly WardEvent[],
  bedLabel: (id: string) => string,
  /** The voided ids when `events` lacks the voids themselves (the history's header events). */
  voided?: ReadonlySet<EventId>,
): (event: WardEvent) => string {
  const { t, formatNumber, formatTime } = useI18n();
  // Folds of the whole log: once per log, not at each render of the panel that shows it.
  const { drugs, cares, changes } = useMemo(
    () => ({
      drugs: new Map(prescriptions(events).map((p) => [p.id as string, p.drug])),
      cares: new Map(
        careItems(events).map((c) => [
          c.id as string,
          c.label ?? t(`charting.care.items.${c.item}`),
        ]),
      ),
      changes: headerChanges(events, voided) satisfies Map<EventId, HeaderChange[]>,
    }),
    [events, voided, t],
  );
  const drug = (id: string) => drugs.get(id) ?? '?';
  const changeText = (id: EventId) =>
    (changes.get(id) ?? []).map((change) =>
      headerChangeText(change, { t, formatNumber, bedLabel }),
    );
  return (event: WardEvent): string => {
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
        return withReason(t('charting.timeline.vitals', { values: values.join(', ') }), v.comment);
      }
      case 'med.prescribed':
        return t('charting.timeline.prescribed', { drug: event.payload.drug });
      case 'med.stopped':
        return t('charting.timeline.stopped', {
          drug: drug(event.payload.prescriptionId),
          reason: event.payload.reason,
        });
      case 'med.importChecked':
        return t('fhirCensus.timeline.checked', { drug: drug(event.payload.prescriptionId) });
      case 'med.administered': {
        const p = event.payload;
        return t('charting.timeline.administered', {
          drug: drug(p.prescriptionId),
          due: p.dueAt ? formatTime(p.dueAt) : t('charting.give.prnShort'),
          outcome: withReason(
            t(`charting.mar.status.${p.outcome}`),
            p.dose &&
              `${formatNumber(p.dose.value)} ${t(`charting.meds.units.${p.dose.unit}`, { count: p.dose.value })}`,
            p.reason,
            p.prnIndication,
          ),
        });
      }
      case 'care.planned':
        return t('charting.timeline.carePlanned', {
          item: event.payload.label ?? t(`charting.care.items.${event.payload.item}`),
        });
      case 'care.done':
        return t('charting.timeline.careDone', {
          item: cares.get(event.payload.careId) ?? '?',
          due: formatTime(event.payload.dueAt),
          outcome: withReason(
            t(`charting.care.status.${event.payload.outcome}`),
            event.payload.reason,
          ),
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
        return withReason(
          t('escalation.timeline', {
            who: [t(`escalation.form.roles.${event.payload.role}`), event.payload.name]
              .filter(Boolean)
              .join(' '),
            response: '',
          }),
          event.payload.response,
        );
      case 'note.written':
        return event.payload.text;
      case 'patient.admitted':
        return t('patients.patient.history.admitted');
      case 'patient.moved': {
        const moved = changeText(event.id);
        return moved.length > 0
          ? moved.join(' ; ')
          : t('patients.patient.history.moved', { bed: bedLabel(event.payload.bedId) });
      }
      case 'patient.updated': {
        const changed = changeText(event.id);
        return withReason(
          changed.length > 0 ? changed.join(' ; ') : t('words.changes.noChange'),
          t('words.changes.reason', { reason: event.payload.reason }),
        );
      }
      case 'patient.discharged':
        return t('patients.patient.history.discharged', {
          destination: withReason(
            t(`patients.patient.destinations.${event.payload.destination}`),
            event.payload.detail,
          ),
        });
      case 'patient.identifierLinked': {
        const { ipp, sharedIpp } = event.payload;
        return withReason(
          t('patients.patient.history.identifierLinked', { ipp }),
          sharedIpp && t('identityEdits.sameIpp.history', { reason: sharedIpp.reason }),
        );
      }
      case 'device.named':
        return event.payload.name;
      case 'record.reentered':
        return t('reconcile.timeline', { kind: t(`reconcile.kinds.${event.payload.kind}`) });
      default:
        return event.type;
    }
  };
}
