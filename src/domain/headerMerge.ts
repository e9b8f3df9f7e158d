import { isOneOf } from './oneOf';
import type { Allergies, Allergy } from './admission';
import { CLINICAL_KEYS, type ClinicalHeader } from './header';
import { identitySchema, nameTokens, type Identity } from './identity';

/**
 * Three-way edit of a patient's header (identity and clinical header): what the form showed
 * when it was opened, what is stored now, and what the nurse typed. Only what she changed is
 * written; a field someone else changed meanwhile keeps their value, unless she changed it
 * too: then nothing is written until she has seen both values and chosen.
 */

/** The temporary identifier never changes by an edit (it is on a wristband). */
export type EditedIdentityKey = Exclude<keyof Identity, 'tempId'>;
export type EditedClinicalKey = (typeof CLINICAL_KEYS)[number];
export type EditedField = EditedIdentityKey | EditedClinicalKey;

export const EDITED_IDENTITY_KEYS = Object.keys(identitySchema.shape).filter(
  (key) => key !== 'tempId',
) as EditedIdentityKey[];
export const EDITED_CLINICAL_KEYS: readonly EditedClinicalKey[] = CLINICAL_KEYS;
export const EDITED_FIELDS: readonly EditedField[] = [
  ...EDITED_IDENTITY_KEYS,
  ...EDITED_CLINICAL_KEYS,
];

/** A patient's header as one side sees it (a PatientState fits). */
export interface HeaderSnapshot {
  identity: Partial<Identity>;
  header: Partial<ClinicalHeader>;
}

export interface FieldConflict {
  field: EditedField;
  /** What the nurse typed (absent: she emptied it). */
  mine: unknown;
  /** What someone else recorded after the form was opened. */
  theirs: unknown;
}

export interface HeaderEdit {
  identity: Partial<Identity>;
  clinical: Partial<ClinicalHeader>;
  /** Fields the nurse emptied (only optional ones can be: the event's schema says which). */
  cleared: EditedField[];
  /** Fields both changed differently: nothing may be written while there is one. */
  conflicts: FieldConflict[];
}

const isIdentityKey = (field: EditedField): field is EditedIdentityKey =>
  isOneOf(EDITED_IDENTITY_KEYS, field);

export const valueOf = (snapshot: HeaderSnapshot, field: EditedField): unknown =>
  isIdentityKey(field) ? snapshot.identity[field] : snapshot.header[field];

/** Same value whatever the order of an object's keys; absent equals undefined. */
const canonical = (value: unknown): string | undefined =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
export const sameValue = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

const CONFLICT = Symbol('conflict');

/** Opened / theirs / mine: who changed what. */
function threeWay<T>(opened: T, theirs: T, mine: T): T | typeof CONFLICT {
  if (sameValue(mine, opened)) return theirs;
  if (sameValue(theirs, opened) || sameValue(theirs, mine)) return mine;
  return CONFLICT;
}

const allergyKey = (allergy: Allergy) => nameTokens(allergy.substance).join(' ');
const byAllergy = (allergies: Allergies | undefined) =>
  new Map(
    allergies?.status === 'known' ? allergies.items.map((a) => [allergyKey(a), a] as const) : [],
  );

/**
 * Both sides changed a list of known allergies: merged allergy by allergy (by substance), so
 * an allergy added by one is never dropped by the other. Null when both changed the same
 * allergy differently, when one side answered "no known allergy" while the other listed some,
 * or when nothing would be left: the nurse has to choose.
 */
export function mergeAllergies(
  opened: Allergies | undefined,
  theirs: Allergies | undefined,
  mine: Allergies | undefined,
): Allergies | null {
  if (theirs?.status !== 'known' || mine?.status !== 'known') return null;
  const [base, their, our] = [byAllergy(opened), byAllergy(theirs), byAllergy(mine)];
  const items: Allergy[] = [];
  for (const key of new Set([...their.keys(), ...our.keys(), ...base.keys()])) {
    const merged = threeWay(base.get(key), their.get(key), our.get(key));
    if (merged === CONFLICT) return null;
    if (merged) items.push(merged);
  }
  return items.length > 0 ? { status: 'known', items } : null;
}

/** What to write for an edit typed on a form opened on `opened`, now that `current` is stored. */
export function mergeHeaderEdit(
  opened: HeaderSnapshot,
  current: HeaderSnapshot,
  typed: HeaderSnapshot,
): HeaderEdit {
  const edit: HeaderEdit = { identity: {}, clinical: {}, cleared: [], conflicts: [] };
  for (const field of EDITED_FIELDS) {
    const [base, theirs, mine] = [opened, current, typed].map((side) => valueOf(side, field));
    let merged = threeWay(base, theirs, mine);
    if (merged === CONFLICT && field === 'allergies') {
      const allergies = mergeAllergies(
        base as Allergies | undefined,
        theirs as Allergies | undefined,
        mine as Allergies | undefined,
      );
      merged = allergies ?? CONFLICT;
    }
    if (merged === CONFLICT) edit.conflicts.push({ field, mine, theirs });
    else if (sameValue(merged, theirs)) continue;
    else if (merged === undefined) edit.cleared.push(field);
    else if (isIdentityKey(field)) Object.assign(edit.identity, { [field]: merged });
    else Object.assign(edit.clinical, { [field]: merged });
  }
  return edit;
}

/** The nurse has seen what is stored now for these fields: her edit is based on it from now. */
export function rebaseOn(
  opened: HeaderSnapshot,
  current: HeaderSnapshot,
  fields: readonly EditedField[],
): HeaderSnapshot {
  const identity = { ...opened.identity };
  const header = { ...opened.header };
  for (const field of fields) {
    if (isIdentityKey(field)) Object.assign(identity, { [field]: current.identity[field] });
    else Object.assign(header, { [field]: current.header[field] });
  }
  return { identity, header };
}
