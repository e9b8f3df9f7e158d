import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { demoWard } from '../../../../src/domain/demo/demoWard';
import { toCsv } from '../../../../src/domain/export/csv';
import { instantOf } from '../../../../src/domain/time';
import { paris } from '../chartFixtures';
import { PATIENT, smallWard } from '../fhir/smallWard';

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true });

describe('toCsv', () => {
  const ward = smallWard();
  const csv = toCsv(ward.events);
  const { data, errors } = parse(csv);
  const [header = [], ...rows] = data;
  const column = (name: string) => header.indexOf(name);
  const rowOf = (id: string) => rows.find((row) => row[column('Identifiant de l’entrée')] === id);

  it('starts with a BOM, separates with ; and has one row per event', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(errors).toEqual([]);
    expect(header.length).toBeGreaterThan(10);
    expect(rows).toHaveLength(ward.events.length);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
  });

  it('writes dates day first and decimals with a comma', () => {
    const row = rowOf(ward.ids.fullSet.id) ?? [];
    expect(row[column('Date du soin')]).toBe('10/01/2026 10:00');
    expect(row[column('Date de saisie')]).toBe('10/01/2026 13:00');
    expect(row[column('Saisie différée')]).toBe('oui');
    expect(row[column('Détail')]).toContain('T 38,4 °C');
    expect(row[column('Détail')]).toContain('Glycémie 2,56 g/L');
    expect(row[column('Date de naissance')]).toBe('12/04/1950');
  });

  it('keeps quotes and separators inside a cell and never lets a cell start a formula', () => {
    const row = rowOf(ward.ids.note.id) ?? [];
    const detail = row[column('Détail')] ?? '';
    expect(detail).toContain('Antalgique "palier 1"; rappel');
    expect(detail).toContain('D : =SOMME(A1)');
    const formula = toCsv([
      { ...ward.ids.note, payload: { target: '=HYPERLINK("x")', data: 'a' } },
    ]);
    const cells = parse(formula).data[1] ?? [];
    expect(cells.some((cell) => cell.startsWith('='))).toBe(false);
    expect(
      cells.some((cell) => cell.startsWith("'Cible : =HYPERLINK") || cell === "'=HYPERLINK"),
    ).toBe(false);
    const minus = toCsv([
      { ...ward.ids.note, author: { ...ward.ids.note.author, name: '-Alice' } },
    ]);
    expect(parse(minus).data[1]).toContain("'-Alice");
  });

  it('marks voided entries and keeps to the chosen patient and window', () => {
    expect(rowOf(ward.ids.wrongSet.id)?.[column('Statut')]).toBe('Annulé');
    expect(rowOf(ward.ids.fullSet.id)?.[column('Statut')]).toBe('Valide');
    const from = paris('2026-01-10T11:00');
    const to = paris('2026-01-10T13:00');
    const some = parse(toCsv(ward.events, { patientIds: [PATIENT], from, to })).data.slice(1);
    const expected = ward.events.filter(
      (e) =>
        e.patientId === PATIENT &&
        instantOf(e.at) >= instantOf(from) &&
        instantOf(e.at) < instantOf(to),
    );
    expect(some).toHaveLength(expected.length);
  });

  it('exports the demo ward, one row per event', () => {
    const events = demoWard({ seed: 7, days: 2, start: '2026-11-02T07:00:00+01:00' });
    const parsed = parse(toCsv(events));
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.length - 1).toBe(events.length);
  }, 60_000);
});
