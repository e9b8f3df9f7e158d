import { describe, expect, it } from 'vitest';
import {
  buildSome,
  keepSameEvents,
  reusedDocs,
  shownDocs,
  type BuiltDoc,
} from '../../../../src/features/print/reuse';
import type { WardEvent } from '../../../../src/domain/events';
import { planPack, type PackItem, type PrintSelection } from '../../../../src/print/models/pack';
import type { PrintSource } from '../../../../src/print/models/common';
import { ctx, fmt, NOW, notes, patientIn, source } from '../../print/printFixtures';

const A = '00000000-0000-7000-8000-0000000000a1';
const B = '00000000-0000-7000-8000-0000000000a2';
const patients = [patientIn(1, A, 'DURAND'), patientIn(2, B, 'PETIT')];
const context = { now: NOW, today: ctx.today, wardName: ctx.wardName, fmt };

const choose = (
  sheets: PrintSelection['sheets'],
  patientIds: string[] = [A, B],
): PrintSelection => ({ sheets, patientIds, startDay: '2026-11-29', tempIds: [] });

/** Every document of a plan built, as the preview holds them once ready. */
const buildAll = (plan: readonly PackItem[]): Map<string, BuiltDoc> =>
  new Map(plan.map((item) => [item.key, { inputs: item.inputs, doc: item.build() }]));

/** The keys of a plan whose documents are to build. */
const toBuild = (plan: readonly PackItem[], built: ReadonlyMap<string, BuiltDoc>) =>
  reusedDocs(plan, built).flatMap((doc, index) => (doc ? [] : [plan[index]?.key]));

describe('a tick redoes only what it changed (issue 10, point 8)', () => {
  const ward: PrintSource = source(patients, { [A]: notes(A, 3), [B]: notes(B, 2) });
  const all = choose(['wardList', 'mar', 'vitals', 'notes']);
  const before = planPack(all, ward, context);
  const built = buildAll(before);

  it('keeps every document of an unticked sheet’s neighbours, and builds none', () => {
    const plan = planPack(choose(['wardList', 'mar', 'notes']), ward, context);
    const docs = reusedDocs(plan, built);
    expect(toBuild(plan, built)).toEqual([]);
    // The very documents drawn before: the preview keeps their pages mounted.
    docs.forEach((doc, index) => expect(doc).toBe(built.get(plan[index]?.key ?? '')?.doc));
  });

  it('builds only the documents of a sheet ticked back', () => {
    const fewer = planPack(choose(['wardList', 'mar', 'notes']), ward, context);
    const kept = buildSome(fewer, built, { most: 100, ms: 1_000 }, () => 0).built;
    // The vitals sheets no longer planned are dropped.
    expect([...kept.keys()].some((key) => key.startsWith('vitals'))).toBe(false);
    expect(toBuild(before, kept)).toEqual([`vitals-${A}`, `vitals-${B}`]);
  });

  it('builds only the documents of a patient ticked back', () => {
    const onlyB = planPack(choose(['wardList', 'mar', 'vitals', 'notes'], [B]), ward, context);
    const kept = buildSome(onlyB, built, { most: 100, ms: 1_000 }, () => 0).built;
    expect(toBuild(before, kept)).toEqual([`mar-${A}`, `vitals-${A}`, `notes-${A}`]);
  });

  it('rebuilds the ward sheets and one patient’s when only her log changed', () => {
    const events = keepSameEvents(ward.events, new Map([...ward.events, [B, notes(B, 3)]]));
    const plan = planPack(all, { ...ward, events }, context);
    expect(toBuild(plan, built)).toEqual(['wardList', `mar-${B}`, `vitals-${B}`, `notes-${B}`]);
  });

  it('rebuilds everything when the print time changes', () => {
    const later = { ...context, now: '2026-11-29T15:00:00+01:00' };
    const plan = planPack(all, ward, later);
    expect(toBuild(plan, built)).toEqual(plan.map((item) => item.key));
  });
});

describe('building a few documents per step', () => {
  const ward: PrintSource = source(patients, { [A]: notes(A, 3) });
  const plan = planPack(choose(['mar', 'vitals', 'notes']), ward, context);

  it('builds in pack order, up to the pages allowed, and always one', () => {
    const { built: first, pages } = buildSome(plan, new Map(), { most: 1, ms: 1_000 }, () => 0);
    expect([...first.keys()]).toEqual([`mar-${A}`]);
    expect(pages).toBe(first.get(`mar-${A}`)?.doc.pageCount);
    const none = buildSome(plan, new Map(), { most: 0, ms: 1_000 }, () => 0).built;
    expect(none.size).toBe(1);
    const second = buildSome(plan, first, { most: 1, ms: 1_000 }, () => 0).built;
    expect([...second.keys()]).toEqual([`mar-${A}`, `vitals-${A}`]);
    // What was built is kept as it was, not built again.
    expect(second.get(`mar-${A}`)).toBe(first.get(`mar-${A}`));
    const rest = buildSome(plan, second, { most: 100, ms: 1_000 }, () => 0).built;
    expect([...rest.keys()]).toEqual(plan.map((item) => item.key));
  });

  it('stops when the step has taken its time', () => {
    let now = 0;
    const clock = () => (now += 20);
    const step = buildSome(plan, new Map(), { most: 100, ms: 15 }, clock).built;
    expect(step.size).toBe(1);
  });
});

describe('events read again', () => {
  const a = notes(A, 2);
  const b = notes(B, 1);
  const before = new Map<string, readonly WardEvent[]>([
    [A, a],
    [B, b],
  ]);

  it('keeps the whole map when no patient’s events changed', () => {
    const again = new Map([
      [A, [...a]],
      [B, [...b]],
    ]);
    expect(keepSameEvents(before, again)).toBe(before);
  });

  it('keeps the lists of the patients whose events did not change', () => {
    const more = [...b, ...notes(B, 1)];
    const kept = keepSameEvents(
      before,
      new Map([
        [A, [...a]],
        [B, more],
      ]),
    );
    expect(kept).not.toBe(before);
    expect(kept.get(A)).toBe(a);
    expect(kept.get(B)).toBe(more);
  });

  it('takes a list of other events even when as long', () => {
    // Two other notes: as many events, other ids.
    const other: readonly WardEvent[] = notes(A, 3).slice(1);
    expect(other.map((event) => event.id)).not.toEqual(a.map((event) => event.id));
    const kept = keepSameEvents(before, new Map([...before, [A, other]]));
    expect(kept.get(A)).toBe(other);
  });
});

describe('what the preview shows while it rebuilds', () => {
  const ward: PrintSource = source(patients, { [A]: notes(A, 3) });
  const plan = planPack(choose(['mar', 'notes']), ward, context);
  const built = buildAll(plan);

  it('keeps a stale document in its place until rebuilt, counted as still to build', () => {
    const later = planPack(choose(['mar', 'notes']), ward, {
      ...context,
      now: '2026-11-29T15:00:00+01:00',
    });
    const { docs, toBuild } = shownDocs(later, built);
    expect(toBuild).toBe(later.length);
    docs.forEach((doc, index) => expect(doc).toBe(built.get(later[index]?.key ?? '')?.doc));
    const step = buildSome(later, built, { most: 1, ms: 1_000 }, () => 0).built;
    const after = shownDocs(later, step);
    expect(after.toBuild).toBe(later.length - 1);
    expect(after.docs[0]).not.toBe(docs[0]);
  });

  it('shows nothing for a document never built', () => {
    const { docs, toBuild } = shownDocs(plan, new Map());
    expect(docs.every((doc) => doc === undefined)).toBe(true);
    expect(toBuild).toBe(plan.length);
  });
});
