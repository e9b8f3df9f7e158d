import { describe, expect, it } from 'vitest';
import { fr as frCatalog } from '../../../src/i18n/fr';
import { en as enCatalog } from '../../../src/i18n/en';
import { frenchSpacing, translator } from '../../../src/i18n/translate';
import { enKeys, frKeys } from './catalog';

const fr = translator('fr', frCatalog);
const en = translator('en', enCatalog);
const params = { count: 2, sex: 'F' };

describe('French typography: a no-break space before : ; ? ! and inside « »', () => {
  it('puts U+00A0 before the signs and inside the quotes', () => {
    expect(frenchSpacing('Saisie : {name} ; vraiment ? Oui ! « Imprimer »')).toBe(
      'Saisie\u00A0: {name}\u00A0; vraiment\u00A0? Oui\u00A0! «\u00A0Imprimer\u00A0»',
    );
  });

  it('leaves what the nurse typed alone: only the message is respaced, not the params', () => {
    expect(fr('patients.patient.history.updated', { reason: 'a : b' })).toBe(
      'Modification\u00A0: a : b',
    );
  });

  it('keeps one no-break space inside « » when the message already has one', () => {
    expect(frenchSpacing('«\u00A0Dossier\u00A0»')).toBe('«\u00A0Dossier\u00A0»');
  });

  it('no French message keeps a breaking space before : ; ? ! or inside « »', () => {
    for (const [key] of frKeys) {
      const text = fr(key, params);
      expect(text, key).not.toMatch(/ [:;?!»]|« /);
    }
  });

  it('English has none of the French spacing: no space at all before : ; ? !', () => {
    for (const [key] of enKeys) {
      const text = en(key, params);
      expect(text, key).not.toMatch(/[ \u00A0\u202F][:;?!]/);
    }
  });
});
