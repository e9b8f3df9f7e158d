import { describe, expect, it } from 'vitest';
import { reusedDocs, type BuiltDoc } from '../../../../src/features/print/reuse';
import { keepSameRows } from '../../../../src/features/print/stable';
import type { PatientState } from '../../../../src/domain/patient';
import type { Bed } from '../../../../src/domain/beds';
import { planPack, type PackItem, type PrintSelection } from '../../../../src/print/models/pack';
import type { PrintSource } from '../../../../src/print/models/common';
import { beds, ctx, fmt, NOW, notes, patientIn } from '../../print/printFixtures';

const A = '00000000-0000-7000-8000-0000000000a1';
const B = '00000000-0000-7000-8000-0000000000a2';
const context = { now: NOW, today: ctx.today, wardName: ctx.wardName, fmt };
const all: PrintSelection = {
  sheets: ['wardList', 'mar', 'vitals', 'notes', 'labels'],
  patientIds: [A, B],
  startDay: '2026-11-29',
  tempIds: [],
};
const events = new Map([
  [A, notes(A, 3)],
  [B, notes(B, 2)],
]);

/** What the print centre holds after a read of the base, as `usePrintBase` keeps it. */
const keep = (before: PrintSource | undefined, patients: PatientState[], read: Bed[]) => ({
  beds: keepSameRows(before?.beds, read, (bed) => bed.bedId),
  patients: keepSameRows(before?.patients, patients, (patient) => patient.id),
  events,
});
const buildAll = (plan: readonly PackItem[]): Map<string, BuiltDoc> =>
  new Map(plan.map((item) => [item.key, { inputs: item.inputs, doc: item.build() }]));
const toBuild = (plan: readonly PackItem[], built: ReadonlyMap<string, BuiltDoc>) =>
  reusedDocs(plan, built).flatMap((doc, index) => (doc ? [] : [plan[index]?.key]));

describe('the base read again after a write elsewhere (issue 10, point 8)', () => {
  const first = keep(undefined, [patientIn(1, A, 'DURAND'), patientIn(2, B, 'PETIT')], beds);
  const built = buildAll(planPack(all, first, context));

  it('rebuilds no document when the rows read the same (new objects from the database)', () => {
    const again = keep(first, structuredClone([...first.patients]), structuredClone(beds));
    expect(again.patients).toBe(first.patients);
    expect(again.beds).toBe(first.beds);
    expect(toBuild(planPack(all, again, context), built)).toEqual([]);
  });

  it('rebuilds the sheets of a patient whose record changed, and the ward sheets', () => {
    const changed = structuredClone([...first.patients]);
    const petit = changed[1];
    if (!petit) throw new Error('no patient');
    changed[1] = {
      ...petit,
      header: {
        ...petit.header,
        allergies: { status: 'known', items: [{ substance: 'Pénicilline', severity: 'severe' }] },
      },
    } as PatientState;
    const again = keep(first, changed, structuredClone(beds));
    expect(again.patients[0]).toBe(first.patients[0]);
    expect(again.patients[1]).not.toBe(first.patients[1]);
    const plan = planPack(all, again, context);
    expect(toBuild(plan, built)).toEqual([
      'wardList',
      `mar-${B}`,
      `vitals-${B}`,
      `notes-${B}`,
      `labels-${B}`,
    ]);
    // The rebuilt labels carry the new allergy: no stale page.
    const labels = plan.find((item) => item.key === `labels-${B}`)?.build();
    expect(JSON.stringify(labels)).toContain('Pénicilline');
  });

  it('rebuilds every document when a bed is renamed (every band prints the bed)', () => {
    const renamed = structuredClone(beds).map((bed, i) =>
      i === 0 ? { ...bed, label: '1A' } : bed,
    );
    const again = keep(first, structuredClone([...first.patients]), renamed);
    expect(again.beds).not.toBe(first.beds);
    const plan = planPack(all, again, context);
    expect(toBuild(plan, built)).toEqual(plan.map((item) => item.key));
  });
});
