import Papa from 'papaparse';
import { foldBeds } from '../beds';
import { foldDeviceNames } from '../devices';
import { ofType, type EventType, type WardEvent } from '../events';
import { LATE_ENTRY_MS } from '../fhir/builder';
import { ROLE_LABELS } from '../fhir/codes';
import { staysOf, type Stay } from '../fhir/stays';
import type { Identity } from '../identity';
import { foldPatient, HEADER_TYPES } from '../patient';
import { instantOf } from '../time';
import { voidedAmong } from '../voids';
import { EVENT_LABELS, summaryOf } from './summary';

// One CSV row per event, shared by the whole-log export (toCsv) and the streamed one
// (csvParts): both give the same bytes for the same log.

export const CSV_HEADERS = [
  'Date du soin',
  'Date de saisie',
  'Saisie différée',
  'IPP',
  'Identifiant temporaire',
  'Nom de naissance',
  'Prénom',
  'Date de naissance',
  'Lit',
  'Type',
  'Détail',
  'Statut',
  'Auteur',
  'Fonction',
  'Tablette',
  'Identifiant de l’entrée',
  'Entrée visée',
] as const;

/**
 * The event types a row may look up in the rest of the log: few next to the whole log (a few
 * per patient, per prescription and per bed): voids, drug names, tablet and bed names, and
 * what says who a patient is and where they lay.
 */
export const CSV_LOOKUP_TYPES = [
  'event.voided',
  'med.prescribed',
  'device.named',
  'bed.added',
  'bed.updated',
  ...HEADER_TYPES,
] as const satisfies readonly EventType[];

/** What rows need from the whole ward: struck entries, tablet names, bed labels, drug names. */
export interface CsvLookups {
  voided: ReadonlySet<string>;
  devices: ReadonlyMap<string, string>;
  beds: ReadonlyMap<string, string>;
  drugs: ReadonlyMap<string, string>;
}

/** The lookups from the ward log's events of CSV_LOOKUP_TYPES (other events are ignored). */
export function csvLookups(events: readonly WardEvent[]): CsvLookups {
  const strikes = ofType(events, 'event.voided').map((e) => ({
    id: e.id,
    target: e.payload.eventId,
  }));
  return {
    voided: voidedAmong(strikes),
    devices: foldDeviceNames(events),
    beds: new Map(foldBeds(events).map((bed) => [bed.bedId as string, bed.label])),
    drugs: new Map(ofType(events, 'med.prescribed').map((e) => [e.id as string, e.payload.drug])),
  };
}

/** Who a patient is and where they lay: from their header events and their voids. */
export interface PatientFacts {
  identity: Identity | undefined;
  stays: Stay[];
}

export const patientFacts = (events: readonly WardEvent[]): PatientFacts => ({
  identity: foldPatient(events)?.identity,
  stays: staysOf(events),
});

/** "02/11/2026 07:05", the bedside wall time the event carries, as Excel and Calc read it. */
export const frDateTime = (iso: string): string =>
  `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
const frDate = (day: string): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** The event another one names (a dose its prescription, a correction its entry). */
const targetOf = (event: WardEvent): string => {
  const p: object = event.payload;
  for (const key of ['eventId', 'prescriptionId', 'careId', 'vitalsEventId'] as const)
    if (key in p) return String((p as Record<typeof key, unknown>)[key]);
  return '';
};

function bedAt(patient: PatientFacts, beds: CsvLookups['beds'], at: string): string {
  const t = instantOf(at);
  const bed = patient.stays
    .flatMap((stay) => stay.beds)
    .filter((b) => instantOf(b.from) <= t && (b.to === null || instantOf(b.to) >= t))
    .at(-1);
  return bed ? (beds.get(bed.bedId) ?? '') : '';
}

/** The row of one event; `patient` is undefined for a ward-level event. */
export function csvRow(
  event: WardEvent,
  lookups: CsvLookups,
  patient: PatientFacts | undefined,
): string[] {
  const who = patient?.identity;
  return [
    frDateTime(event.at),
    frDateTime(event.recordedAt),
    instantOf(event.recordedAt) - instantOf(event.at) > LATE_ENTRY_MS ? 'oui' : 'non',
    who?.ipp ?? '',
    who?.tempId ?? '',
    who?.birthName ?? '',
    who?.firstName ?? '',
    who ? frDate(who.birthDate) : '',
    patient ? bedAt(patient, lookups.beds, event.at) : '',
    EVENT_LABELS[event.type],
    summaryOf(event, (id) => lookups.drugs.get(id)),
    lookups.voided.has(event.id) ? 'Annulé' : 'Valide',
    event.author.name,
    ROLE_LABELS[event.author.role],
    lookups.devices.get(event.deviceId) ?? event.deviceId.slice(-4),
    event.id,
    targetOf(event),
  ];
}

const UNPARSE = { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: true } as const;

/**
 * The file's first part: a BOM (Excel then reads the accents) and the header line. `;`
 * separated, quotes doubled, and cells that start like a formula (= + - @) prefixed so that a
 * spreadsheet never runs them.
 */
export const csvHead = (): string => `\uFEFF${Papa.unparse([[...CSV_HEADERS]], UNPARSE)}\r\n`;

/** Rows as lines, each ended by CRLF; '' for none. */
export const csvLines = (rows: readonly string[][]): string =>
  rows.length === 0 ? '' : `${Papa.unparse(rows as string[][], UNPARSE)}\r\n`;
