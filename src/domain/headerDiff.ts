import type { Allergies } from './admission';
import { voidedIds } from './voids';
import { isType, type WardEvent } from './events';
import { CLINICAL_KEYS, type ClinicalHeader } from './header';
import type { BedId, EventId } from './ids';
import { foldName, type Identity } from './identity';
import { applyPatientEvent, HEADER_TYPES, type PatientState } from './patient';
import { byStamp } from './order';

type IdentityField = Exclude<keyof Identity, 'tempId'>;
type ClinicalField = Exclude<keyof ClinicalHeader, 'allergies'>;
export type HeaderValue =
  Identity[IdentityField] | ClinicalHeader[ClinicalField] | BedId | null | undefined;

/** One field of the header as an event changed it: from what to what (absent: not set). */
export type HeaderChange =
  | {
      kind: 'value';
      field: IdentityField | ClinicalField | 'bed';
      from: HeaderValue;
      to: HeaderValue;
    }
  | {
      kind: 'allergies';
      /** Substances added, removed, or whose reaction or severity changed. */
      added: readonly string[];
      removed: readonly string[];
      changed: readonly string[];
      /** The answer became "no known allergy". */
      noneKnown: boolean;
    };

const IDENTITY_FIELDS: readonly IdentityField[] = [
  'birthName',
  'usedName',
  'firstName',
  'firstNames',
  'usedFirstName',
  'birthDate',
  'sex',
  'birthPlaceCode',
  'ipp',
];
// From the header's own list, so a field added there is described here too.
const CLINICAL_FIELDS: readonly ClinicalField[] = [
  ...CLINICAL_KEYS.filter((key): key is Exclude<typeof key, 'allergies'> => key !== 'allergies'),
  'spo2Scale',
];
// Values are plain data (strings, numbers, arrays, small objects): compared by their JSON.
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function allergyChange(before?: Allergies, after?: Allergies): HeaderChange | null {
  if (same(before, after)) return null;
  const items = (value?: Allergies) =>
    new Map(
      (value?.status === 'known' ? value.items : []).map((item) => [
        foldName(item.substance),
        item,
      ]),
    );
  const was = items(before);
  const now = items(after);
  const added = [...now].filter(([key]) => !was.has(key)).map(([, item]) => item.substance);
  const removed = [...was].filter(([key]) => !now.has(key)).map(([, item]) => item.substance);
  const changed = [...now]
    .filter(([key, item]) => was.has(key) && !same(was.get(key), item))
    .map(([, item]) => item.substance);
  const noneKnown = after?.status === 'noneKnown' && before?.status !== 'noneKnown';
  return { kind: 'allergies', added, removed, changed, noneKnown };
}

/** What differs between two states of a patient's header, field by field. */
export function diffHeader(before: PatientState, after: PatientState): HeaderChange[] {
  const changes: HeaderChange[] = [];
  for (const field of IDENTITY_FIELDS) {
    const from = before.identity[field];
    const to = after.identity[field];
    if (!same(from, to)) changes.push({ kind: 'value', field, from, to });
  }
  const allergies = allergyChange(before.header.allergies, after.header.allergies);
  if (allergies) changes.push(allergies);
  for (const field of CLINICAL_FIELDS) {
    const from = before.header[field];
    const to = after.header[field];
    if (!same(from, to)) changes.push({ kind: 'value', field, from, to });
  }
  if (before.bed !== after.bed) {
    changes.push({ kind: 'value', field: 'bed', from: before.bed, to: after.bed });
  }
  return changes;
}

/**
 * What each change or move of one patient's header changed, by event id: every header event
 * in time order, each compared with the header as it stood just before it (a voided event is
 * compared too, but not applied, as it no longer counts).
 */
export function headerChanges(
  events: readonly WardEvent[],
  voided: ReadonlySet<EventId> = voidedIds(events),
): Map<EventId, HeaderChange[]> {
  const header = events.filter((event): event is WardEvent =>
    (HEADER_TYPES as readonly string[]).includes(event.type),
  );
  const result = new Map<EventId, HeaderChange[]>();
  let state: PatientState | null = null;
  for (const event of byStamp(header)) {
    const next = applyPatientEvent(state, event);
    if (state && next && (isType(event, 'patient.updated') || isType(event, 'patient.moved'))) {
      result.set(event.id, diffHeader(state, next));
    }
    if (!voided.has(event.id)) state = next;
  }
  return result;
}
