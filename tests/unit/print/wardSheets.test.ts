import { describe, expect, it } from 'vitest';
import type { BedId } from '../../../src/domain/ids';
import { buildHandover } from '../../../src/print/models/handover';
import { buildWardList } from '../../../src/print/models/wardList';
import { bed } from '../domain/eventFixtures';
import { ctx, fmt, notes, NOW, nth, patientIn, source } from './printFixtures';

const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

function ward(count: number) {
  const wardBeds = Array.from({ length: count }, (_, i) => ({
    bedId: bed(i + 1) as BedId,
    label: String(i + 1),
    order: i + 1,
    unavailable: false,
  }));
  const patients = wardBeds.map((_, i) => patientIn(i + 1, id(i + 1), `Patient${i + 1}`));
  return { ...source(patients), beds: wardBeds };
}

describe('ward list', () => {
  it('has one row per bed in bed order, free beds left blank', () => {
    const doc = buildWardList(
      source([patientIn(2, id(2), 'Durand')]),
      { now: NOW, today: ctx.today },
      fmt,
    );
    const rows = doc.pages.flat();
    expect(rows.map((row) => row.cells.bed[0])).toEqual(['1', '2', '3']);
    expect(rows.map((row) => row.state)).toEqual(['free', 'occupied', 'free']);
    expect(rows[1]?.cells.patient.join(' ')).toContain('DURAND Jeanne');
    expect(rows[1]?.cells.allergies.join(' ')).toBe('Aucune allergie connue');
  });

  it('needs two pages for a 30-bed ward and three for 40', () => {
    expect(buildWardList(ward(30), { now: NOW, today: ctx.today }, fmt).pages).toHaveLength(2);
    expect(buildWardList(ward(40), { now: NOW, today: ctx.today }, fmt).pages).toHaveLength(3);
  });

  it('continues a row taller than a page on the next rows instead of cutting it', () => {
    const patient = patientIn(1, id(1), 'Durand');
    const items = Array.from({ length: 40 }, (_, i) => ({
      substance: `Substance numéro ${i}`,
      reaction: 'urticaire géante',
      severity: 'severe' as const,
    }));
    const allergic = {
      ...patient,
      header: { ...patient.header, allergies: { status: 'known' as const, items } },
    };
    const doc = buildWardList(source([allergic]), { now: NOW, today: ctx.today }, fmt);
    const text = doc.pages
      .flat()
      .flatMap((row) => row.cells.allergies)
      .join(' ');
    for (let i = 0; i < 40; i++) expect(text).toContain(`numéro ${i} `);
    expect(doc.pages.flat().filter((row) => row.key.startsWith(id(1))).length).toBeGreaterThan(1);
  });
});

describe('handover', () => {
  it('gives one block per patient with identity, allergies and the last two notes', () => {
    const p = patientIn(1, id(1), 'Durand');
    const doc = buildHandover(source([p], { [id(1)]: notes(id(1), 3) }), NOW, ctx.today, fmt);
    const block = nth(nth(doc.pages, 0), 0);
    const text = block.lines.join('\n');
    expect(block.lines[0]).toContain(
      'Lit 1 — DURAND Jeanne — 12/04/1950 (76 ans) F — IPP 12345671',
    );
    expect(text).toContain('Allergies\u00a0: Aucune allergie connue');
    expect(text).not.toContain('Cible 1');
    expect(text).toContain('Cible 2');
    expect(text).toContain('Cible 3');
    expect(block.ruled).toBe(3);
  });

  it('fits a 30-patient ward on whole pages, blocks never cut', () => {
    const doc = buildHandover(ward(30), NOW, ctx.today, fmt);
    expect(doc.pages.flat()).toHaveLength(30);
    expect(doc.pages.length).toBeGreaterThan(1);
  });
});
