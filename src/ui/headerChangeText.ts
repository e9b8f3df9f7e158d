import type { HeaderChange, HeaderValue } from '../domain/headerDiff';
import type { Translate } from '../i18n/translate';

export interface ChangeFormat {
  t: Translate;
  formatNumber: (value: number) => string;
  bedLabel: (bedId: string) => string;
}

const c = 'words.changes';

// A date of birth is a calendar date: DD/MM/YYYY in both languages (fr-FR, en-GB).
const calendarDate = (iso: string) => iso.split('-').reverse().join('/');

function valueText(
  field: Extract<HeaderChange, { kind: 'value' }>['field'],
  value: HeaderValue,
  fmt: ChangeFormat,
): string {
  const { t } = fmt;
  if (value === undefined || value === null || value === '') return t(`${c}.unset`);
  if (typeof value === 'number') {
    const unit = field === 'weightKg' ? ' kg' : field === 'heightCm' ? ' cm' : '';
    return `${fmt.formatNumber(value)}${unit}`;
  }
  if (Array.isArray(value)) {
    return value.map((p) => t(`patients.form.isolations.${p}`)).join(', ');
  }
  if (typeof value === 'object') {
    return [value.name, value.relationship, value.phone].filter(Boolean).join(', ');
  }
  switch (field) {
    case 'bed':
      return fmt.bedLabel(value);
    case 'sex':
      return t(`patients.identity.sexes.${value as 'F' | 'M' | 'I'}`);
    case 'levelOfCare':
      return t(`patients.form.levels.${value as 'full' | 'noCpr' | 'noIcu' | 'comfort'}`);
    case 'birthDate':
      return calendarDate(value);
    default:
      return value;
  }
}

/** One change in words: "Régime : normal → sans sel", "Allergies : Pénicilline ajoutée". */
export function headerChangeText(change: HeaderChange, fmt: ChangeFormat): string {
  const { t } = fmt;
  if (change.kind === 'allergies') {
    const parts = [
      ...change.added.map((substance) => t(`${c}.allergyAdded`, { substance })),
      ...change.removed.map((substance) => t(`${c}.allergyRemoved`, { substance })),
      ...change.changed.map((substance) => t(`${c}.allergyChanged`, { substance })),
    ];
    if (change.noneKnown) parts.push(t(`${c}.noneKnown`));
    return t(`${c}.list`, { field: t(`${c}.fields.allergies`), items: parts.join(', ') });
  }
  return t(`${c}.value`, {
    field: t(`${c}.fields.${change.field}`),
    from: valueText(change.field, change.from, fmt),
    to: valueText(change.field, change.to, fmt),
  });
}
