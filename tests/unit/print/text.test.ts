import { describe, expect, it } from 'vitest';
import { tableHeadHeight, TABLE_HEAD_MM } from '../../../src/print/geometry';
import { charsPerLine, clampLines, textColumns, wrapText } from '../../../src/print/text';

describe('wrapText', () => {
  it('wraps at spaces within the width', () => {
    expect(wrapText('Douleur abdominale intense depuis ce matin', 16)).toEqual([
      'Douleur',
      'abdominale',
      'intense depuis',
      'ce matin',
    ]);
  });

  it('cuts a word longer than a line, with a hyphen, and keeps line breaks', () => {
    expect(wrapText('ABCDEFGHIJ\nkl', 4)).toEqual(['ABC-', 'DEF-', 'GHIJ', 'kl']);
  });

  it('never makes a line wider than asked, whatever the text', () => {
    const text = 'Pénicilline (sévère, œdème de Quincke) ; Latex — 東京 🙂 aa'.repeat(5);
    for (const max of [3, 7, 12, 31]) {
      for (const line of wrapText(text, max)) expect(textColumns(line)).toBeLessThanOrEqual(max);
    }
  });

  it('gives no line for an empty text', () => {
    expect(wrapText('  ', 10)).toEqual([]);
  });

  it('counts wide characters twice and combining marks not at all', () => {
    expect(textColumns('e\u0301')).toBe(1);
    expect(textColumns('東京')).toBe(4);
  });
});

describe('charsPerLine and clampLines', () => {
  it('fits monospace characters with a margin', () => {
    // 0.62 em at 8.5 pt is 1.86 mm: 100 mm hold 53 characters.
    expect(charsPerLine(100, 8.5)).toBe(53);
  });

  it('marks what was left out with an ellipsis', () => {
    expect(clampLines(['aaaa', 'bbbb', 'cccc'], 2, 4)).toEqual(['aaaa', 'bbb…']);
    expect(clampLines(['aaaa'], 2, 4)).toEqual(['aaaa']);
  });
});

describe('tableHeadHeight', () => {
  it('counts a heading that wraps: the notes’ "Date, heure, initiales" takes two lines', () => {
    // Measured in Chromium: this header row is 8.35 mm (31.56 px) high, not 7.5.
    const height = tableHeadHeight(
      ['Date, heure, initiales', 'Cible', 'Données, actions, résultats'],
      [26, 32, 132],
      7.5,
    );
    expect(height).toBeCloseTo(8.35, 1);
  });

  it('keeps the fixed height when every heading fits one line', () => {
    expect(tableHeadHeight(['Heure', 'Cible'], [26, 32], 7.5)).toBe(7.5);
    expect(tableHeadHeight(['Heure'], [26])).toBe(TABLE_HEAD_MM);
  });
});
