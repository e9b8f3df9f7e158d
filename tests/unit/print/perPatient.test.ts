import { describe, expect, it } from 'vitest';
import { buildSome } from '../../../src/features/print/reuse';
import { keepSameEvents } from '../../../src/features/print/reuse';
import { buildHandover } from '../../../src/print/models/handover';
import { planPack, type PrintSelection } from '../../../src/print/models/pack';
import { perPatient, type PerPatientCache } from '../../../src/print/models/perPatient';
import { ctx, fmt, NOW, notes, patientIn, source } from './printFixtures';

const A = '00000000-0000-7000-8000-0000000000a1';
const B = '00000000-0000-7000-8000-0000000000a2';
const C = '00000000-0000-7000-8000-0000000000a3';
const patients = [patientIn(1, A, 'DURAND'), patientIn(2, B, 'PETIT'), patientIn(3, C, 'ROUX')];
const context = { now: NOW, today: ctx.today, wardName: ctx.wardName, fmt };
const handoverOnly: PrintSelection = {
  sheets: ['handover'],
  patientIds: [],
  startDay: '2026-11-29',
  tempIds: [],
};

describe('a patient’s part of a ward sheet, kept (issue 10, point 8)', () => {
  it('is made again only when her record, her events or a value changed', () => {
    const cache: PerPatientCache<string> = new WeakMap();
    const record = {};
    const events: unknown[] = [];
    let made = 0;
    const make = () => `made ${(made += 1)}`;
    expect(perPatient(cache, record, events, [NOW, fmt], make)).toBe('made 1');
    expect(perPatient(cache, record, events, [NOW, fmt], make)).toBe('made 1');
    expect(perPatient(cache, record, [...events], [NOW, fmt], make)).toBe('made 2');
    expect(perPatient(cache, {}, events, [NOW, fmt], make)).toBe('made 3');
    expect(perPatient(cache, record, events, ['2026-11-29T15:00:00+01:00', fmt], make)).toBe(
      'made 4',
    );
  });
});

describe('the handover worked out one patient a step', () => {
  const ward = source(patients, { [A]: notes(A, 2), [B]: notes(B, 1), [C]: notes(C, 3) });

  it('runs a slice per patient and builds the sheet once all ran, as built at once', () => {
    const plan = planPack(handoverOnly, ward, context);
    expect(plan.map((item) => item.key)).toEqual(['handover']);
    expect(plan[0]?.steps).toHaveLength(3);
    let now = 0;
    // Each clock reading 20 ms later: one slice a step.
    const clock = () => (now += 20);
    const first = buildSome(plan, new Map(), { most: 100, ms: 15 }, clock).built;
    expect(first.size).toBe(0);
    const second = buildSome(plan, first, { most: 100, ms: 15 }, clock).built;
    expect(second.size).toBe(0);
    const third = buildSome(plan, second, { most: 100, ms: 15 }, clock).built;
    expect(third.get('handover')?.doc.doc).toEqual(buildHandover(ward, NOW, ctx.today, fmt));
  });

  it('shows a new note of one patient, the others kept (no stale block)', () => {
    const before = planPack(handoverOnly, ward, context);
    const built = buildSome(before, new Map(), { most: 100, ms: 1_000 }, () => 0).built;
    const text = (doc: unknown) => JSON.stringify(doc);
    // Her log read again with a second, shorter note: other events than before.
    const fresh = 'note2 mot mot mot mot fin2';
    expect(text(built.get('handover')?.doc)).not.toContain(fresh);
    const events = keepSameEvents(ward.events, new Map([...ward.events, [B, notes(B, 2, 4)]]));
    expect(events.get(A)).toBe(ward.events.get(A));
    const after = planPack(handoverOnly, { ...ward, events }, context);
    const rebuilt = buildSome(after, built, { most: 100, ms: 1_000 }, () => 0).built;
    expect(text(rebuilt.get('handover')?.doc)).toContain(fresh);
    expect(rebuilt.get('handover')?.doc.doc).toEqual(
      buildHandover({ ...ward, events }, NOW, ctx.today, fmt),
    );
  });
});
