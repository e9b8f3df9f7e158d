import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { EventId, PatientId } from '../../../src/domain/ids';
import {
  enteredMsOf,
  filterLines,
  reconcile,
  type LogKey,
  type ReconcileKind,
  type ReconcileSources,
  type Tick,
} from '../../../src/domain/reconcile';
import type { Strike } from '../../../src/domain/voids';

const T0 = Date.parse('2026-11-29T08:00:00+01:00');
const MIN = 60_000;
const P1 = uuidv7() as PatientId;
const P2 = uuidv7() as PatientId;

/** An entry made `minutes` after T0 (its id carries that time), at the bedside then too. */
const entry = (patientId: PatientId, type: string, minutes: number): LogKey => ({
  id: uuidv7({ msecs: T0 + minutes * MIN }) as EventId,
  patientId,
  type,
  atMs: T0 + minutes * MIN,
});

const tick = (patientId: PatientId, kind: ReconcileKind, throughMs: number, at = 0): Tick => ({
  id: uuidv7({ msecs: throughMs + at * MIN + 1 }) as EventId,
  patientId,
  kind,
  through: new Date(throughMs).toISOString(),
  recordedAt: new Date(throughMs + at * MIN + 1).toISOString(),
  by: { name: 'Alice Martin', initials: 'AM' },
});

/** A correction striking `target` out, made `minutes` after T0. */
const strike = (patientId: PatientId, target: EventId, minutes: number) => {
  const key = entry(patientId, 'event.voided', minutes);
  return { key, strike: { id: key.id, target } satisfies Strike };
};

const sources = (partial: Partial<ReconcileSources>): ReconcileSources => ({
  entries: [],
  strikes: [],
  ticks: [],
  imported: new Set(),
  ...partial,
});

const line = (list: ReturnType<typeof reconcile>, patientId: PatientId, kind: ReconcileKind) =>
  list.lines.find((l) => l.patientId === patientId && l.kind === kind);

describe('reconciliation worklist', () => {
  it('reads the entry time from a UUID v7 id', () => {
    expect(enteredMsOf(uuidv7({ msecs: T0 + 123 }))).toBe(T0 + 123);
  });

  it('groups per patient and kind, with counts and dates; imported data and ticks are not lines', () => {
    const admitted = entry(P1, 'patient.admitted', 0);
    const v1 = entry(P1, 'vitals.recorded', 10);
    const v2 = entry(P1, 'vitals.recorded', 70);
    const dose = entry(P1, 'med.administered', 20);
    const imported = entry(P2, 'med.prescribed', 0);
    const newer = entry(P2, 'lab.ordered', 5); // a type of a newer app
    const t = tick(P2, 'other', T0 - MIN);
    const list = reconcile(
      sources({
        entries: [
          admitted,
          v1,
          v2,
          dose,
          imported,
          newer,
          { ...entry(P2, 'x', 0), id: t.id, type: 'record.reentered' },
        ],
        imported: new Set([imported.id]),
      }),
    );
    expect(list.lines.map((l) => [l.patientId, l.kind, l.total, l.left])).toEqual([
      [P1, 'stay', 1, 1],
      [P1, 'vitals', 2, 2],
      [P1, 'doses', 1, 1],
      [P2, 'other', 1, 1],
    ]);
    expect(line(list, P1, 'vitals')).toMatchObject({
      firstAtMs: T0 + 10 * MIN,
      lastAtMs: T0 + 70 * MIN,
    });
    expect(line(list, P2, 'prescriptions')).toBeUndefined();
    expect(list.ward).toEqual({ done: 0, total: 4 });
  });

  it('a tick covers what was entered up to its `through`; a later entry shows the line again', () => {
    const v1 = entry(P1, 'vitals.recorded', 10);
    const v2 = entry(P1, 'vitals.recorded', 20);
    const care = entry(P1, 'care.done', 15);
    const ticked = tick(P1, 'vitals', T0 + 20 * MIN);
    let list = reconcile(sources({ entries: [v1, v2, care], ticks: [ticked] }));
    expect(line(list, P1, 'vitals')).toMatchObject({ total: 2, left: 0, done: true, tick: ticked });
    expect(line(list, P1, 'care')).toMatchObject({ left: 1, done: false });
    expect(list.ward).toEqual({ done: 1, total: 2 });
    expect(list.byPatient.get(P1)).toEqual({ done: 1, total: 2 });

    const v3 = entry(P1, 'vitals.recorded', 25); // entered after the tick, bedside time earlier
    list = reconcile(sources({ entries: [v1, v2, care, { ...v3, atMs: T0 }], ticks: [ticked] }));
    expect(line(list, P1, 'vitals')).toMatchObject({ total: 3, left: 1, done: false });
    expect(list.ward).toEqual({ done: 0, total: 2 });
  });

  it('a voided tick counts for nothing; voiding the void restores it', () => {
    const v1 = entry(P1, 'vitals.recorded', 10);
    const ticked = tick(P1, 'vitals', T0 + 10 * MIN);
    const undo = strike(P1, ticked.id, 30);
    const tickKey = { ...entry(P1, 'record.reentered', 11), id: ticked.id };
    let list = reconcile(
      sources({ entries: [v1, tickKey, undo.key], strikes: [undo.strike], ticks: [ticked] }),
    );
    // The void of a tick is not an entry to re-enter.
    expect(list.lines).toHaveLength(1);
    expect(line(list, P1, 'vitals')).toMatchObject({ total: 1, left: 1, tick: null });

    const redo = strike(P1, undo.key.id, 40);
    list = reconcile(
      sources({
        entries: [v1, tickKey, undo.key, redo.key],
        strikes: [undo.strike, redo.strike],
        ticks: [ticked],
      }),
    );
    expect(line(list, P1, 'vitals')).toMatchObject({ total: 1, left: 0, done: true });
  });

  it('a correction counts with what it strikes: made after the tick, the line is left again', () => {
    const dose = entry(P1, 'med.administered', 10);
    const wrong = entry(P1, 'med.administered', 12);
    const early = strike(P1, wrong.id, 13); // struck before the tick: neither is re-entered
    const ticked = tick(P1, 'doses', T0 + 13 * MIN);
    let list = reconcile(
      sources({ entries: [dose, wrong, early.key], strikes: [early.strike], ticks: [ticked] }),
    );
    expect(line(list, P1, 'doses')).toMatchObject({ total: 2, left: 0, done: true });

    const late = strike(P1, dose.id, 50); // the hospital record must be corrected too
    list = reconcile(
      sources({
        entries: [dose, wrong, early.key, late.key],
        strikes: [early.strike, late.strike],
        ticks: [ticked],
      }),
    );
    expect(line(list, P1, 'doses')).toMatchObject({ total: 2, left: 1, done: false });
  });

  it('the latest standing tick of a line is the one that counts', () => {
    const v = [10, 20, 30].map((m) => entry(P1, 'vitals.recorded', m));
    const first = tick(P1, 'vitals', T0 + 10 * MIN);
    const second = tick(P1, 'vitals', T0 + 30 * MIN);
    const list = reconcile(sources({ entries: v, ticks: [second, first] }));
    expect(line(list, P1, 'vitals')).toMatchObject({ left: 0, tick: second });
  });

  it('filters by what is left or done, by patient and by kind', () => {
    const entries = [
      entry(P1, 'vitals.recorded', 1),
      entry(P1, 'note.targeted', 2),
      entry(P2, 'vitals.recorded', 3),
    ];
    const { lines } = reconcile(sources({ entries, ticks: [tick(P1, 'vitals', T0 + MIN)] }));
    const keys = (filter: Parameters<typeof filterLines>[1]) =>
      filterLines(lines, filter)
        .map((l) => `${l.patientId === P1 ? 'P1' : 'P2'} ${l.kind}`)
        .sort();
    expect(keys({ status: 'left', patientId: null, kind: null })).toEqual([
      'P1 notes',
      'P2 vitals',
    ]);
    expect(keys({ status: 'done', patientId: null, kind: null })).toEqual(['P1 vitals']);
    expect(keys({ status: 'all', patientId: P2, kind: null })).toEqual(['P2 vitals']);
    expect(keys({ status: 'all', patientId: null, kind: 'vitals' })).toEqual([
      'P1 vitals',
      'P2 vitals',
    ]);
  });
});
