import { describe, expect, it } from 'vitest';
import type { WardEvent } from '../../../src/domain/events';
import type { PatientId } from '../../../src/domain/ids';
import { patientTodoSources, todoList, type TodoItem } from '../../../src/domain/todo';
import { chart, NORMAL_VITALS, paris } from './chartFixtures';
import { administered, fixed, prescription } from './medFixtures';

const NORMAL = NORMAL_VITALS;
const START = paris('2026-01-09T07:00');
const NOW = paris('2026-01-10T08:30');
const P1 = 'p1' as PatientId;
const P2 = 'p2' as PatientId;
const P3 = 'p3' as PatientId;

// p1: paracetamol 08:00 and 20:00 (last night's dose never charted), a dressing at 08:00
// and 10:00 from this morning,
// a normal set at 06:00 (next due 18:00).
const paracetamol = prescription(fixed(['08:00', '20:00'], START));
const dressing = chart(
  'care.planned',
  { item: 'dressing', schedule: fixed(['10:00', '08:00'], paris('2026-01-10T07:00')) },
  START,
);
const p1: WardEvent[] = [
  paracetamol,
  dressing,
  chart('vitals.recorded', NORMAL, paris('2026-01-10T06:00')),
];
// p2: insulin (high alert) at 08:00, a set scoring 5 at 07:00 (hourly: late at 08:30).
const insulin = prescription(fixed(['08:00'], START), {
  drug: 'Insuline',
  highAlert: true,
  dose: { value: 6, unit: 'IU' },
  route: 'SC',
});
const p2: WardEvent[] = [
  insulin,
  chart(
    'vitals.recorded',
    { ...NORMAL, pulse: 115, respiratoryRate: 22, temperature: 38.5 },
    paris('2026-01-10T07:00'),
  ),
  administered(insulin.id, '2026-01-09T08:05', 'given', paris('2026-01-09T08:00')),
];

const list = (patients: [PatientId, WardEvent[]][], now = NOW) =>
  todoList(
    patients.map(([id, events]) => patientTodoSources(id, events, now)),
    now,
  );
const describeItem = (item: TodoItem) => [
  item.patientId,
  item.kind,
  item.dueAt,
  item.status,
  item.kind === 'medication'
    ? item.prescription.drug
    : item.kind === 'care'
      ? item.care.item
      : (item.frequency?.code ?? null),
];

describe('todoList', () => {
  it('everything due or overdue across the ward, oldest first', () => {
    expect(
      list([
        [P1, p1],
        [P2, p2],
        [P3, []],
      ]).map(describeItem),
    ).toEqual([
      [P1, 'medication', '2026-01-09T20:00:00.000+01:00', 'missed', 'Paracétamol'],
      [P2, 'observations', '2026-01-10T08:00:00.000+01:00', 'late', 'hourly'],
      [P2, 'medication', '2026-01-10T08:00:00.000+01:00', 'due', 'Insuline'],
      [P1, 'medication', '2026-01-10T08:00:00.000+01:00', 'due', 'Paracétamol'],
      [P1, 'care', '2026-01-10T08:00:00.000+01:00', 'due', 'dressing'],
      [P3, 'observations', NOW, 'due', null],
    ]);
  });

  it('leaves out what is charted and what is not due yet', () => {
    const charted = [
      ...p1,
      administered(paracetamol.id, '2026-01-10T08:10', 'given', paris('2026-01-10T08:00')),
      administered(paracetamol.id, '2026-01-10T08:10', 'not-given', paris('2026-01-09T20:00')),
      chart(
        'care.done',
        { careId: dressing.id, dueAt: paris('2026-01-10T08:00'), outcome: 'done' },
        paris('2026-01-10T08:20'),
      ),
    ];
    expect(list([[P1, charted]])).toEqual([]);
    // At 09:00 the 10:00 dressing is due (an hour before).
    expect(list([[P1, charted]], paris('2026-01-10T09:00')).map(describeItem)).toEqual([
      [P1, 'care', '2026-01-10T10:00:00.000+01:00', 'due', 'dressing'],
    ]);
  });

  it('observations come in as due half an hour before, and stay when continuous', () => {
    expect(list([[P1, p1]], paris('2026-01-10T17:29')).some((i) => i.kind === 'observations')).toBe(
      false,
    );
    const at1730 = list([[P1, p1]], paris('2026-01-10T17:30')).find(
      (i) => i.kind === 'observations',
    );
    expect(at1730).toMatchObject({ status: 'due', dueAt: '2026-01-10T18:00:00.000+01:00' });
    const critical = chart(
      'vitals.recorded',
      { ...NORMAL, pulse: 135, respiratoryRate: 26, temperature: 38.5 },
      paris('2026-01-10T08:15'),
    );
    const items = list([[P3, [critical]]]);
    expect(items.map(describeItem)).toEqual([
      [P3, 'observations', critical.at, 'continuous', 'continuous'],
    ]);
  });

  it('ties: observations, then high-alert medications, then the others, then care', () => {
    const items = list([
      [P1, p1],
      [P2, p2],
    ]).filter((i) => i.dueAt === '2026-01-10T08:00:00.000+01:00');
    expect(items.map((i) => i.kind)).toEqual(['observations', 'medication', 'medication', 'care']);
    expect(items[1]?.kind === 'medication' && items[1].prescription.highAlert).toBe(true);
    // The order does not depend on the order of patients or events.
    const reversed = list([
      [P2, [...p2].reverse()],
      [P1, [...p1].reverse()],
    ]);
    expect(reversed.map(describeItem)).toEqual(
      list([
        [P1, p1],
        [P2, p2],
      ]).map(describeItem),
    );
  });

  it('drops missed doses older than the look-back', () => {
    const sources = patientTodoSources(P1, p1, NOW, { lookbackHours: 6 });
    expect(todoList([sources], NOW).map((i) => i.dueAt)).not.toContain(
      '2026-01-09T20:00:00.000+01:00',
    );
  });
});
