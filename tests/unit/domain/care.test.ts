import { describe, expect, it } from 'vitest';
import {
  careDoneSchema,
  carePlannedSchema,
  careStoppedSchema,
  CARE_OUTCOMES,
} from '../../../src/domain/care';
import {
  careItems,
  carePlanFor,
  checkCareDone,
  checkCareStop,
  type CareRow,
} from '../../../src/domain/carePlan';
import type { WardEvent } from '../../../src/domain/events';
import { chart, nextId, paris, voidOf } from './chartFixtures';
import { fixed } from './medFixtures';
import { schemaIssues } from './validationHelpers';

const START = paris('2026-01-09T08:00');
const dressing = chart(
  'care.planned',
  { item: 'dressing', label: 'Pansement talon droit', schedule: fixed(['10:00', '22:00'], START) },
  START,
);
const done = (wall: string, dueWall: string, outcome: 'done' | 'not-done' = 'done') =>
  chart(
    'care.done',
    {
      careId: dressing.id,
      dueAt: paris(dueWall),
      outcome,
      ...(outcome === 'not-done' ? { reason: 'Patient en radiologie' } : {}),
    },
    paris(wall),
  );
const plan = (events: WardEvent[], now: string) =>
  carePlanFor(events, paris('2026-01-10T00:00'), paris('2026-01-11T00:00'), paris(now));
const statuses = (row: CareRow | undefined) => row?.slots.map((slot) => slot.status);

describe('care schemas', () => {
  it('plans an item with a schedule; "other" needs a label', () => {
    const schedule = fixed(['08:00'], START);
    expect(schemaIssues(carePlannedSchema, { item: 'mobilisation', schedule })).toEqual([]);
    expect(schemaIssues(carePlannedSchema, { item: 'other', label: ' ', schedule })).toEqual([
      { path: 'label', code: 'required' },
    ]);
    expect(schemaIssues(carePlannedSchema, { item: 'massage', schedule })).toEqual([
      { path: 'item', code: 'invalid' },
    ]);
  });

  it('refuses an as-needed schedule and a broken one', () => {
    const asNeeded = { kind: 'prn', maxDosesPer24h: 2, indication: 'Si besoin', start: START };
    expect(schemaIssues(carePlannedSchema, { item: 'hygiene', schedule: asNeeded })).toEqual([
      { path: 'schedule.kind', code: 'invalid' },
    ]);
    expect(
      schemaIssues(carePlannedSchema, { item: 'hygiene', schedule: fixed(['25:00'], START) }),
    ).toEqual([{ path: 'schedule.times.0', code: 'invalid' }]);
  });

  it('not done needs a reason; done does not', () => {
    const base = { careId: nextId(), dueAt: START };
    expect(schemaIssues(careDoneSchema, { ...base, outcome: 'done' })).toEqual([]);
    expect(schemaIssues(careDoneSchema, { ...base, outcome: 'not-done' })).toEqual([
      { path: 'reason', code: 'required' },
    ]);
    expect(schemaIssues(careDoneSchema, { ...base, outcome: 'skipped' })).toEqual([
      { path: 'outcome', code: 'invalid' },
    ]);
    expect(schemaIssues(careDoneSchema, { ...base, dueAt: 'demain', outcome: 'done' })).toEqual([
      { path: 'dueAt', code: 'invalidDate' },
    ]);
    expect(schemaIssues(careStoppedSchema, { careId: nextId(), reason: '' })).toEqual([
      { path: 'reason', code: 'required' },
    ]);
  });
});

describe('carePlanFor', () => {
  it.each([
    ['2026-01-10T08:59', ['upcoming', 'upcoming']],
    ['2026-01-10T09:00', ['due', 'upcoming']],
    ['2026-01-10T11:00', ['late', 'upcoming']],
    ['2026-01-10T21:30', ['late', 'due']],
    ['2026-01-10T22:00', ['missed', 'due']],
  ])('at %s the two slots are %o', (now, expected) => {
    expect(statuses(plan([dressing], now)[0])).toEqual(expected);
  });

  it.each(CARE_OUTCOMES)('%s shows on its slot with who charted it', (outcome) => {
    const record = done('2026-01-10T10:20', '2026-01-10T10:00', outcome);
    const [row] = plan([dressing, record], '2026-01-10T23:00');
    expect(row?.slots[0]).toMatchObject({
      status: outcome,
      record: { id: record.id, author: { initials: 'AM' } },
    });
    expect(row?.slots[1]?.status).toBe('late');
    expect(row?.records.map((r) => r.id)).toEqual([record.id]);
  });

  it('a voided record frees the slot; a voided plan disappears', () => {
    const record = done('2026-01-10T10:20', '2026-01-10T10:00');
    const strike = voidOf(record, paris('2026-01-10T10:30'));
    expect(statuses(plan([dressing, record, strike], '2026-01-10T11:00')[0])).toEqual([
      'late',
      'upcoming',
    ]);
    expect(
      plan([dressing, record, voidOf(dressing, paris('2026-01-10T12:00'))], '2026-01-10T13:00'),
    ).toEqual([]);
  });

  it('a stop ends the slots; a voided stop brings them back', () => {
    const stop = chart(
      'care.stopped',
      { careId: dressing.id, reason: 'Cicatrisé' },
      paris('2026-01-10T12:00'),
    );
    const [row] = plan([dressing, stop], '2026-01-10T13:00');
    expect(row?.slots.map((slot) => slot.dueAt)).toEqual(['2026-01-10T10:00:00.000+01:00']);
    expect(row?.care.stop?.reason).toBe('Cicatrisé');
    const back = plan(
      [dressing, stop, voidOf(stop, paris('2026-01-10T12:30'))],
      '2026-01-10T13:00',
    );
    expect(back[0]?.slots).toHaveLength(2);
  });

  it('the first stop counts when two tablets stopped it', () => {
    const later = chart(
      'care.stopped',
      { careId: dressing.id, reason: 'B' },
      paris('2026-01-10T23:00'),
    );
    const first = chart(
      'care.stopped',
      { careId: dressing.id, reason: 'A' },
      paris('2026-01-10T12:00'),
    );
    expect(careItems([dressing, later, first])[0]).toMatchObject({
      stop: { reason: 'A' },
      endsAt: first.at,
    });
  });

  it('crosses midnight and the autumn change like the MAR', () => {
    const turns = chart(
      'care.planned',
      {
        item: 'positioning',
        schedule: fixed(['23:00', '02:30', '05:00'], paris('2026-10-24T08:00')),
      },
      paris('2026-10-24T08:00'),
    );
    const [row] = carePlanFor(
      [turns],
      paris('2026-10-24T22:00'),
      paris('2026-10-25T06:00'),
      '2026-10-25T02:10:00+01:00', // the second 02:10: 40 min after 02:30 summer time
    );
    expect(row?.slots.map((slot) => [slot.dueAt, slot.status])).toEqual([
      ['2026-10-24T23:00:00.000+02:00', 'missed'],
      ['2026-10-25T02:30:00.000+02:00', 'due'],
      ['2026-10-25T05:00:00.000+01:00', 'upcoming'],
    ]);
  });

  it('lists items in the order they were planned', () => {
    const glucose = chart(
      'care.planned',
      { item: 'capillaryGlucose', schedule: fixed(['07:00'], START) },
      paris('2026-01-09T09:00'),
    );
    expect(careItems([glucose, dressing]).map((item) => item.item)).toEqual([
      'dressing',
      'capillaryGlucose',
    ]);
  });
});

describe('checkCareDone and checkCareStop', () => {
  const payload = (dueWall: string) =>
    careDoneSchema.parse({ careId: dressing.id, dueAt: paris(dueWall), outcome: 'done' });
  const run = (
    events: WardEvent[],
    dueWall: string,
    at = '2026-01-10T10:15',
    now = '2026-01-10T10:20',
  ) => checkCareDone(events, payload(dueWall), paris(at), paris(now));

  it('accepts a slot of the plan, and refuses anything else', () => {
    expect(run([dressing], '2026-01-10T10:00')).toEqual([]);
    expect(run([dressing], '2026-01-10T11:00')).toEqual([{ path: 'dueAt', code: 'invalid' }]);
    expect(run([dressing], '2026-01-10T10:00', '2026-01-10T10:30')).toEqual([
      { path: 'at', code: 'futureDate' },
    ]);
    expect(run([], '2026-01-10T10:00')).toEqual([{ path: 'careId', code: 'unknownEvent' }]);
  });

  it('refuses a slot already done and one after a stop', () => {
    const record = done('2026-01-10T10:05', '2026-01-10T10:00');
    expect(run([dressing, record], '2026-01-10T10:00')).toEqual([
      { path: 'dueAt', code: 'alreadyRecorded' },
    ]);
    const notDone = done('2026-01-10T10:05', '2026-01-10T10:00', 'not-done');
    expect(run([dressing, notDone], '2026-01-10T10:00')).toEqual([]);
    const stop = chart(
      'care.stopped',
      { careId: dressing.id, reason: 'Fin' },
      paris('2026-01-10T12:00'),
    );
    expect(
      run([dressing, stop], '2026-01-10T22:00', '2026-01-10T22:00', '2026-01-10T22:05'),
    ).toEqual([{ path: 'dueAt', code: 'notActive' }]);
    expect(checkCareStop([dressing, stop], dressing.id, paris('2026-01-10T13:00'))).toEqual([
      { path: 'careId', code: 'notActive' },
    ]);
    expect(checkCareStop([dressing], dressing.id, paris('2026-01-10T13:00'))).toEqual([]);
    expect(checkCareStop([], dressing.id, paris('2026-01-10T13:00'))).toEqual([
      { path: 'careId', code: 'unknownEvent' },
    ]);
  });
});
