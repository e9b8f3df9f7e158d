import type { Allergies } from '../../domain/admission';
import type { Bed } from '../../domain/beds';
import type { WardEvent } from '../../domain/events';
import type { ClinicalHeader } from '../../domain/header';
import type { Identity } from '../../domain/identity';
import type { PatientState } from '../../domain/patient';
import { lastScoredSet, type Spo2Scale } from '../../domain/vitalsChart';
import { ageOn, instantOf, isoToDayFirst } from '../../domain/time';
import type { PrintFormat } from '../format';
import type { PrintPatient } from '../types';

/** Everything the sheets are built from: read by the print feature, pure from here on. */
export interface PrintSource {
  beds: readonly Bed[];
  /** The patients present on the ward. */
  patients: readonly PatientState[];
  /** Each patient's events of the windows read (charting, notes, corrections). */
  events: ReadonlyMap<string, readonly WardEvent[]>;
}

/**
 * A patient's events of the current stay (corrections whatever their time): after a
 * readmission, the last stay's prescriptions and care are not on the new sheets.
 */
export const eventsOf = (source: PrintSource, patient: PatientState): WardEvent[] => {
  const admitted = instantOf(patient.admittedAt);
  return (source.events.get(patient.id) ?? []).filter(
    (event) => event.type === 'event.voided' || instantOf(event.at) >= admitted,
  );
};

/** The SpO2 scale the patient is scored on (scale 2 only when a physician set it). */
export const scaleOf = (patient: PatientState): Spo2Scale => patient.header.spo2Scale ?? 1;

export const bedLabel = (beds: readonly Bed[], bedId: string | null): string | null =>
  bedId === null ? null : (beds.find((bed) => bed.bedId === bedId)?.label ?? null);

export const printPatient = (patient: PatientState, beds: readonly Bed[]): PrintPatient => ({
  id: patient.id,
  identity: patient.identity,
  bed: bedLabel(beds, patient.bed),
  clinical: {
    // A log written before allergies were required may lack them: printed as not recorded.
    allergies: patient.header.allergies ?? null,
    isolation: patient.header.isolation,
    levelOfCare: patient.header.levelOfCare ?? null,
  },
});

/** "DURAND (MARTIN) Jeanne": birth name in capitals, used name, first name. */
export function nameText(identity: Identity): string {
  const upper = (name: string) => name.toLocaleUpperCase('fr');
  const used = identity.usedName ? ` (${upper(identity.usedName)})` : '';
  return `${upper(identity.birthName)}${used} ${identity.firstName}`;
}

/** "12/04/1950 (76 ans) F" */
export function birthText(identity: Identity, today: string, fmt: PrintFormat): string {
  const { years, months } = ageOn(identity.birthDate, today);
  const age =
    years >= 2
      ? fmt.t('patients.identity.ageYears', { count: years })
      : fmt.t('patients.identity.ageMonths', { count: months });
  return `${isoToDayFirst(identity.birthDate)} (${age}) ${identity.sex}`;
}

/** "IPP 12345678", or the temporary identifier marked as such. */
export function identifierText(identity: Identity, fmt: PrintFormat): string {
  if (identity.ipp) return `${fmt.t('patients.identity.ipp')} ${identity.ipp}`;
  return fmt.t('print.common.tempId', { id: identity.tempId ?? '' });
}

/** Allergies never asked: a log written before they were required may lack them. */
export const allergiesUnrecorded = (header: ClinicalHeader): boolean => {
  const allergies: Allergies | undefined = header.allergies;
  return allergies?.status !== 'known' && allergies?.status !== 'noneKnown';
};

/**
 * "Pénicilline (sévère, urticaire); Latex (légère)", "Aucune allergie connue", or the
 * patient header's warning when they were never recorded (it must not read as "none").
 */
export function allergiesText(header: ClinicalHeader, fmt: PrintFormat): string {
  const { allergies } = header;
  if (!allergies || allergiesUnrecorded(header))
    return `! ${fmt.t('printHeader.unrecorded')} — ${fmt.t('printHeader.unrecordedHint')}`;
  if (allergies.status === 'noneKnown') return fmt.t('printHeader.noneKnown');
  return allergies.items
    .map((item) => {
      const details = [fmt.t(`print.severities.${item.severity}`), item.reaction].filter(Boolean);
      return `${item.substance} (${details.join(', ')})`;
    })
    .join('; ');
}

export function isolationText(header: ClinicalHeader, fmt: PrintFormat): string {
  if (!header.isolation) {
    return `! ${fmt.t('censusGaps.isolationUnrecorded')} — ${fmt.t('censusGaps.isolationUnrecordedHint')}`;
  }
  const kinds = header.isolation.filter((kind) => kind !== 'none');
  if (kinds.length === 0) return fmt.t('print.common.none');
  return kinds.map((kind) => fmt.t(`patients.form.isolations.${kind}`)).join(', ');
}

export const levelText = (header: ClinicalHeader, fmt: PrintFormat): string =>
  header.levelOfCare ? fmt.t(`print.levels.${header.levelOfCare}`) : fmt.t('print.levels.notSet');

export interface LastNews2 {
  total: number;
  /** A single parameter scored 3: an urgent ward-based response even with a low total. */
  single3: boolean;
  at: string;
}

/**
 * The latest complete set's NEWS2 at `now` among the events read (scored by the folds,
 * never here); a set dated after `now` (another tablet's clock) does not count yet.
 */
export function lastNews2(
  events: readonly WardEvent[],
  now: string,
  scale: Spo2Scale,
): LastNews2 | null {
  const last = lastScoredSet(events, now, scale);
  if (!last) return null;
  return { total: last.news2.total, single3: last.news2.anyParameterScores3, at: last.at };
}

export function news2Text(news2: LastNews2 | null, fmt: PrintFormat): string {
  if (!news2) return fmt.t('print.common.none');
  return `${news2.total}${news2.single3 ? '*' : ''}`;
}
