import type { Admission, Allergies } from '../domain/admission';
import type { EditedField } from '../domain/headerMerge';
import type { Sex } from '../domain/identity';
import { isoToDayFirst } from '../domain/time';
import type { Translate } from '../i18n/translate';
import type { MessageKey } from '../i18n/types';

// A header field in words (its label, a value as the header shows it): the edit form's
// conflicts and the conflicts between tablets both say them.

export const FIELD_LABELS: Record<EditedField, MessageKey> = {
  birthName: 'patients.identity.birthName',
  usedName: 'patients.identity.usedName',
  firstName: 'patients.identity.firstName',
  firstNames: 'patients.identity.firstNames',
  usedFirstName: 'patients.identity.usedFirstName',
  birthDate: 'patients.identity.birthDate',
  sex: 'patients.identity.sex',
  birthPlaceCode: 'patients.identity.birthPlaceCode',
  ipp: 'patients.identity.ipp',
  reason: 'patients.form.reason',
  physician: 'patients.form.physician',
  allergies: 'patients.form.allergiesSection',
  weightKg: 'patients.form.weight',
  heightCm: 'patients.form.height',
  isolation: 'patients.form.isolation',
  diet: 'patients.form.diet',
  levelOfCare: 'patients.form.levelOfCare',
  trustedPerson: 'patients.form.trustedSection',
  note: 'patients.form.note',
};

function allergiesText(t: Translate, allergies: Allergies): string {
  if (allergies.status === 'noneKnown') return t('patients.form.noKnownAllergy');
  return allergies.items
    .map((a) =>
      [a.substance, a.reaction, t(`patients.form.severities.${a.severity}`)]
        .filter(Boolean)
        .join(' — '),
    )
    .join(' ; ');
}

/** A value of one field in words, as the nurse reads it on the header. */
export function fieldText(
  t: Translate,
  formatNumber: (n: number) => string,
  field: EditedField,
  value: unknown,
): string {
  if (value === undefined || value === '') return t('identityEdits.conflicts.empty');
  switch (field) {
    case 'birthDate':
      return isoToDayFirst(value as string);
    case 'sex':
      return t(`patients.identity.sexes.${value as Sex}`);
    case 'allergies':
      return allergiesText(t, value as Allergies);
    case 'isolation':
      return (value as NonNullable<Admission['isolation']>)
        .map((p) => t(`patients.form.isolations.${p}`))
        .join(', ');
    case 'levelOfCare':
      return t(`patients.form.levels.${value as NonNullable<Admission['levelOfCare']>}`);
    case 'weightKg':
    case 'heightCm':
      return formatNumber(value as number);
    case 'trustedPerson': {
      const person = value as NonNullable<Admission['trustedPerson']>;
      return [person.name, person.relationship, person.phone].filter(Boolean).join(' — ');
    }
    default:
      return String(value);
  }
}
