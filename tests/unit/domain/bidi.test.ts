import { describe, expect, it } from 'vitest';
import { nameSchema } from '../../../src/domain/identity';
import { resultPhonedSchema } from '../../../src/domain/notes';
import { optionalText, requiredText, stripBidiControls } from '../../../src/domain/text';
import { fr } from '../../../src/i18n/fr';
import { translator } from '../../../src/i18n/translate';

const RLO = '\u202E';
const EVERY_CONTROL = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];
const CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

describe('bidirectional controls in free text', () => {
  it('are all stripped, the other characters kept in the order typed', () => {
    expect(stripBidiControls(`<${EVERY_CONTROL.join('')} 0,01`)).toBe('< 0,01');
    expect(stripBidiControls('Potassium שלום 4,2')).toBe('Potassium שלום 4,2');
  });

  it('are dropped by the shared text schemas, before trimming and the required check', () => {
    expect(requiredText(60).parse(`${RLO}< 0,01`)).toBe('< 0,01');
    expect(optionalText(60).parse(` ${RLO}\u2066 `)).toBeUndefined();
    expect(requiredText(60).safeParse(RLO).success).toBe(false);
  });

  it('never reach a stored phoned result', () => {
    const parsed = resultPhonedSchema.parse({
      test: `Troponine${RLO}`,
      value: `${RLO}< 0,01`,
      unit: `µg/L\u200F`,
      calledBy: `Dr Martin\u202B`,
      readBack: true,
      note: `Rappeler ${RLO}si > 0,1`,
    });
    expect(JSON.stringify(parsed)).not.toMatch(CONTROL);
    expect(parsed.value).toBe('< 0,01');
  });

  it('are dropped from names', () => {
    expect(nameSchema(80).parse(`Du${RLO}rand`)).toBe('Durand');
  });

  it('are dropped from text stored before this rule when it fills a message', () => {
    const t = translator('fr', fr);
    const line = t('charting.results.calledByName', { name: `${RLO}Martin` });
    expect(line).toBe('appelé par Martin');
  });
});
