import { describe, expect, it } from 'vitest';
import { fr as frCatalog } from '../../../src/i18n/fr';
import { en as enCatalog } from '../../../src/i18n/en';
import { translator } from '../../../src/i18n/translate';
import { headerChangeText, type ChangeFormat } from '../../../src/ui/headerChangeText';

const beds: Record<string, string> = { b3: '3', b5: '5' };
const format = (language: 'fr' | 'en'): ChangeFormat => ({
  t: translator(language, language === 'fr' ? frCatalog : enCatalog),
  formatNumber: (n) => new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB').format(n),
  bedLabel: (id) => beds[id] ?? '?',
});
// The French no-break space before ':' reads as a space here.
const plain = (text: string) => text.replace(/\u00A0/g, ' ');
const fr = (change: Parameters<typeof headerChangeText>[0]) =>
  plain(headerChangeText(change, format('fr')));
const en = (change: Parameters<typeof headerChangeText>[0]) =>
  headerChangeText(change, format('en'));

describe('a header change in words', () => {
  it('says the field, the old value and the new one', () => {
    const diet = { kind: 'value', field: 'diet', from: 'normal', to: 'sans sel' } as const;
    expect(fr(diet)).toBe('Régime : normal → sans sel');
    expect(en(diet)).toBe('Diet: normal → sans sel');
    expect(fr({ kind: 'value', field: 'bed', from: 'b3', to: 'b5' })).toBe('Lit : 3 → 5');
    expect(fr({ kind: 'value', field: 'weightKg', from: 70, to: 72.5 })).toBe(
      'Poids : 70 kg → 72,5 kg',
    );
  });

  it('a value set or removed reads "non renseigné" on the empty side', () => {
    expect(fr({ kind: 'value', field: 'usedName', from: undefined, to: 'MARTIN' })).toBe(
      'Nom utilisé : non renseigné → MARTIN',
    );
    expect(en({ kind: 'value', field: 'levelOfCare', from: 'full', to: undefined })).toBe(
      'Level of care: Full care, resuscitation included → not recorded',
    );
    expect(
      fr({ kind: 'value', field: 'isolation', from: ['none'], to: ['contact', 'droplet'] }),
    ).toBe('Isolement : Aucune → Contact, Gouttelettes');
  });

  it('names each allergy added, removed or changed, agreeing with "allergie"', () => {
    const change = {
      kind: 'allergies',
      added: ['Pénicilline'],
      removed: ['Iode'],
      changed: [],
      noneKnown: false,
    } as const;
    expect(fr(change)).toBe('Allergies : Pénicilline ajoutée, Iode retirée');
    expect(en(change)).toBe('Allergies: Pénicilline added, Iode removed');
    expect(
      fr({ kind: 'allergies', added: [], removed: ['Iode'], changed: [], noneKnown: true }),
    ).toBe('Allergies : Iode retirée, aucune allergie connue');
  });
});
