import type { Admission } from '../admission';
import { CLINICAL_KEYS, type ClinicalHeader } from '../header';
import type { Identity } from '../identity';
import { nameKey } from '../duplicates';
import type { PatientState } from '../patient';

// How a census record compares with the patient of the ward who has its IPP (plan.ts).

const NAME_TRAITS = ['birthName', 'usedName', 'firstName', 'firstNames', 'usedFirstName'] as const;
const OTHER_TRAITS = ['birthDate', 'sex', 'birthPlaceCode'] as const;

/**
 * The identity traits the file gives that differ from the ward's (a trait the file leaves
 * empty is not compared). Names compare as people read them: case and accents do not count.
 */
export function identityDifferences(file: Identity, ward: Identity): string[] {
  const names = NAME_TRAITS.filter(
    (key) => file[key] !== undefined && nameKey(file[key]) !== nameKey(ward[key] ?? ''),
  );
  const others = OTHER_TRAITS.filter((key) => file[key] !== undefined && file[key] !== ward[key]);
  return [...names, ...others];
}

/** A value as compared: key order and the order of a set (isolation) do not count. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return `[${items.every((i) => !i.startsWith('{')) ? items.sort().join(',') : items.join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${k}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The header fields the file gives that differ from the patient's, with the file's values:
 * what a 'patient.updated' would change. A field the file leaves empty (allergies not said,
 * no weight) is not a change: an import never clears what the ward recorded.
 */
export function headerChanges(
  file: Partial<Pick<Admission, (typeof CLINICAL_KEYS)[number]>>,
  patient: PatientState,
): Partial<ClinicalHeader> {
  const changes: Partial<Record<(typeof CLINICAL_KEYS)[number], unknown>> = {};
  for (const key of CLINICAL_KEYS) {
    const value = file[key];
    if (value === undefined) continue;
    if (canonical(value) !== canonical(patient.header[key])) changes[key] = value;
  }
  return changes as Partial<ClinicalHeader>;
}
