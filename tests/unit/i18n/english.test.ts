import { describe, expect, it } from 'vitest';
import { fr as frCatalog } from '../../../src/i18n/fr';
import { en as enCatalog } from '../../../src/i18n/en';
import { translator } from '../../../src/i18n/translate';
import { enKeys, frKeys } from './catalog';
import { FRENCH_ONLY_CHARS, frenchWordIn } from './telltales';

const en = translator('en', enCatalog);
const fr = translator('fr', frCatalog);
const params = { count: 2, sex: 'F' };

/** Proper nouns, units, codes and words spelt alike in both languages. */
const SAME_IN_BOTH = new Set([
  'Relève',
  'Français',
  'English',
  'Version',
  'Patient',
  'Patients',
  'patient',
  'Allergies',
  'IPP',
  'Substance',
  'Contact',
  'Actions',
  'Admission',
  'Destination',
  'NEWS2',
  'SpO2',
  'FiO2',
  'O2',
  'Air',
  'ACVPU',
  'Dose',
  'dose',
  'Prescription',
  'Prescriptions',
  'Indication',
  'Note',
  'Page',
  'latex',
  'Venturi',
  'T',
  'C',
  'Humid',
  'Trach',
  'patch',
  'sachet',
  'sachets',
  'ampoules',
  'applications',
  'amp',
  'appl',
  'max',
  'min',
  'h',
  'mg',
  'g',
  'µg',
  'ng',
  'mL',
  'mmol',
  'IV',
  'SC',
  'IM',
  'PO',
  'SL',
  'R',
  'D',
  'A',
  'Guadeloupe',
  'Martinique',
  'Mayotte',
]);
// Placeholders, digits, spaces and signs carry no language.
const wordsOf = (text: string) =>
  text
    .replace(/\{\w+\}/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => /\p{L}/u.test(word));

describe('the English catalogue has no French left', () => {
  it('has every key of the French one, and no other', () => {
    expect(enKeys.map(([key]) => key).sort()).toEqual(frKeys.map(([key]) => key).sort());
  });

  it('no English message has a letter or sign only French writes (proper nouns aside)', () => {
    for (const [key] of enKeys) {
      const text = en(key, params).replace(/Relève|Français/g, '');
      expect(text, key).not.toMatch(FRENCH_ONLY_CHARS);
    }
  });

  it('no English message has a French telltale word', () => {
    expect(frenchWordIn('Enregistrer le nom')).toBe('Enregistrer');
    expect(frenchWordIn('Save the name of this tablet')).toBeNull();
    for (const [key] of enKeys) expect(frenchWordIn(en(key, params)), key).toBeNull();
  });

  it('no English message is the French one, unless its words are spelt alike in both', () => {
    for (const [key] of enKeys) {
      const text = en(key, params);
      if (text !== fr(key, params)) continue;
      expect(
        wordsOf(text).filter((word) => !SAME_IN_BOTH.has(word)),
        `${key}: "${text}"`,
      ).toEqual([]);
    }
  });
});
