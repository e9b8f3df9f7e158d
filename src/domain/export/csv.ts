import Papa from 'papaparse';
import { foldBeds } from '../beds';
import { foldDeviceNames } from '../devices';
import { ofType, type WardEvent } from '../events';
import { foldPatient } from '../patient';
import { ROLE_LABELS } from '../fhir/codes';
import { LATE_ENTRY_MS } from '../fhir/builder';
import { staysOf } from '../fhir/stays';
import { instantOf } from '../time';
import { voidedIds } from '../voids';
import { selectEvents, type ExportSelection } from './select';
import { EVENT_LABELS, summaryOf } from './summary';

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

/**
 * The log as CSV for a French spreadsheet, one row per event: `;` separated, UTF-8 with a BOM
 * (Excel reads the accents), dates day first, decimal commas, quotes doubled, and cells that
 * start like a formula (= + - @) prefixed so that a spreadsheet never runs them.
 */
export function toCsv(events: readonly WardEvent[], selection: ExportSelection = {}): string {
  const chosen = selectEvents(events, selection);
  const voided = voidedIds(events);
  const devices = foldDeviceNames(events);
  const beds = new Map(foldBeds(events).map((bed) => [bed.bedId as string, bed.label]));
  const drugs = new Map(
    ofType(events, 'med.prescribed').map((e) => [e.id as string, e.payload.drug]),
  );
  const patients = new Map<string, WardEvent[]>();
  // push, not a spread per event: copying the list each time grew as the square of a stay.
  for (const event of events)
    if (event.patientId !== null) {
      const list = patients.get(event.patientId) ?? [];
      list.push(event);
      patients.set(event.patientId, list);
    }
  const identities = new Map([...patients].map(([id, list]) => [id, foldPatient(list)?.identity]));
  const stays = new Map([...patients].map(([id, list]) => [id, staysOf(list)]));
  const bedAt = (patientId: string, at: string) => {
    const t = instantOf(at);
    const bed = stays
      .get(patientId)
      ?.flatMap((stay) => stay.beds)
      .filter((b) => instantOf(b.from) <= t && (b.to === null || instantOf(b.to) >= t))
      .at(-1);
    return bed ? (beds.get(bed.bedId) ?? '') : '';
  };
  const rows = chosen.map((event) => {
    const who = event.patientId === null ? undefined : identities.get(event.patientId);
    return [
      frDateTime(event.at),
      frDateTime(event.recordedAt),
      instantOf(event.recordedAt) - instantOf(event.at) > LATE_ENTRY_MS ? 'oui' : 'non',
      who?.ipp ?? '',
      who?.tempId ?? '',
      who?.birthName ?? '',
      who?.firstName ?? '',
      who ? frDate(who.birthDate) : '',
      event.patientId === null ? '' : bedAt(event.patientId, event.at),
      EVENT_LABELS[event.type],
      summaryOf(event, (id) => drugs.get(id)),
      voided.has(event.id) ? 'Annulé' : 'Valide',
      event.author.name,
      ROLE_LABELS[event.author.role],
      devices.get(event.deviceId) ?? event.deviceId.slice(-4),
      event.id,
      targetOf(event),
    ];
  });
  const body = Papa.unparse(
    { fields: [...CSV_HEADERS], data: rows },
    { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: true },
  );
  return `\uFEFF${body}\r\n`;
}
