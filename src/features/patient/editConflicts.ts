import type { EditedField } from '../../domain/headerMerge';
import type { PatientState } from '../../domain/patient';
import { fromPatient, type AdmissionValues } from './admissionValues';

/** The boxes of the form that show each field of the header. */
const FORM_KEYS: Record<EditedField, readonly (keyof AdmissionValues)[]> = {
  birthName: ['birthName'],
  usedName: ['usedName'],
  firstName: ['firstName'],
  firstNames: ['firstNames'],
  usedFirstName: ['usedFirstName'],
  birthDate: ['birthDate'],
  sex: ['sex'],
  birthPlaceCode: ['birthPlaceCode'],
  ipp: ['identifier', 'ipp'],
  reason: ['reason'],
  physician: ['physician'],
  allergies: ['allergyStatus', 'allergies'],
  weightKg: ['weight'],
  heightCm: ['height'],
  isolation: ['isolation'],
  diet: ['diet'],
  levelOfCare: ['levelOfCare'],
  trustedPerson: ['trustedName', 'trustedPhone', 'trustedRelationship'],
  note: ['note'],
};

/** The form with these fields as stored now: what the nurse chose to take from the other side. */
export function takeStored(
  values: AdmissionValues,
  current: PatientState,
  fields: readonly EditedField[],
  now: string,
  timeZone?: string,
): AdmissionValues {
  const stored = fromPatient(current, now, timeZone);
  const next = { ...values };
  for (const key of fields.flatMap((field) => FORM_KEYS[field])) {
    Object.assign(next, { [key]: stored[key] });
  }
  return next;
}

// The words of a header field live in ui/ (the conflicts feature shows them too).
export { FIELD_LABELS, fieldText } from '../../ui/headerFields';
