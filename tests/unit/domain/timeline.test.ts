import { describe, expect, it } from 'vitest';
import type { WardEvent } from '../../../src/domain/events';
import { timeline, timelineKindOf, TIMELINE_KINDS } from '../../../src/domain/timeline';
import { alice, bruno, chart, paris, voidOf } from './chartFixtures';
import { administered, fixed, prescription } from './medFixtures';

const moved = (at: string) =>
  chart('patient.moved', { bedId: '0193a0e4-1c2d-7e3f-8a9b-000000000009' }, at);

const vitals = chart('vitals.recorded', { pulse: 88 }, paris('2026-01-10T08:00'));
const rx = prescription(fixed(['09:00'], paris('2026-01-10T07:30')));
const dose = administered(rx.id, '2026-01-10T09:05', 'given', paris('2026-01-10T09:00'));
const care = chart(
  'care.planned',
  { item: 'hygiene', schedule: fixed(['10:00'], paris('2026-01-10T07:00')) },
  paris('2026-01-10T07:45'),
);
const note = chart(
  'note.targeted',
  { target: 'Douleur', data: 'EVA 6' },
  paris('2026-01-10T09:30'),
);
const phoned = chart(
  'result.phoned',
  { test: 'Hb', value: '7,1', unit: 'g/dL', calledBy: 'Labo', readBack: true },
  paris('2026-01-10T11:00'),
);
const move = moved(paris('2026-01-10T12:00'));
const all: WardEvent[] = [phoned, move, note, dose, care, rx, vitals];

describe('timeline', () => {
  it('every event in time order, each with its kind', () => {
    expect(timeline(all).map((entry) => [entry.event.id, entry.kind])).toEqual([
      [rx.id, 'medications'],
      [care.id, 'care'],
      [vitals.id, 'vitals'],
      [dose.id, 'medications'],
      [note.id, 'notes'],
      [phoned.id, 'notes'],
      [move.id, 'identity'],
    ]);
  });

  it('orders by instant when offsets differ, then by id', () => {
    const summer = chart('vitals.recorded', { pulse: 70 }, '2026-10-25T02:30:00+02:00');
    const winter = chart('vitals.recorded', { pulse: 71 }, '2026-10-25T02:10:00+01:00');
    const twinA = chart('vitals.recorded', { pulse: 72 }, '2026-10-25T05:00:00+01:00');
    const twinB = chart('vitals.recorded', { pulse: 73 }, '2026-10-25T04:00:00Z');
    expect(timeline([twinB, winter, twinA, summer]).map((e) => e.event.id)).toEqual([
      summer.id,
      winter.id,
      twinA.id,
      twinB.id,
    ]);
  });

  it('keeps a voided entry, struck through with who voided it, when and why', () => {
    const strike = voidOf(dose, paris('2026-01-10T09:20'), 'Mauvais patient', bruno);
    const entries = timeline([...all, strike]);
    const entry = entries.find((e) => e.event.id === dose.id);
    expect(entry?.voided).toEqual({
      voidId: strike.id,
      at: strike.at,
      recordedAt: strike.recordedAt,
      author: bruno,
      reason: 'Mauvais patient',
      undoneBy: null,
    });
    expect(entries.some((e) => e.event.type === 'event.voided')).toBe(false);
    expect(entries.filter((e) => e.voided !== null)).toHaveLength(1);
  });

  it('a voided correction: the entry counts again, and the history says who undid it', () => {
    const strike = voidOf(dose, paris('2026-01-10T09:20'), 'Erreur');
    const undo = voidOf(strike, paris('2026-01-10T09:40'), 'La dose a bien été donnée', alice);
    const entry = timeline([...all, strike, undo]).find((e) => e.event.id === dose.id);
    expect(entry?.voided).toBeNull();
    expect(entry?.corrections).toEqual([
      {
        voidId: strike.id,
        at: strike.at,
        recordedAt: strike.recordedAt,
        author: bruno,
        reason: 'Erreur',
        undoneBy: {
          voidId: undo.id,
          at: undo.at,
          recordedAt: undo.recordedAt,
          author: alice,
          reason: 'La dose a bien été donnée',
        },
      },
    ]);
  });

  it('names the undo that stands when one of two undos was itself voided', () => {
    const strike = voidOf(dose, paris('2026-01-10T09:20'), 'Erreur');
    const wrongUndo = voidOf(strike, paris('2026-01-10T09:30'), 'Non');
    const strikeUndo = voidOf(wrongUndo, paris('2026-01-10T09:35'), 'Si');
    const undo = voidOf(strike, paris('2026-01-10T09:40'), 'Donnée, vérifié', alice);
    const entry = timeline([...all, strike, wrongUndo, strikeUndo, undo]).find(
      (e) => e.event.id === dose.id,
    );
    expect(entry?.voided).toBeNull();
    expect(entry?.corrections[0]?.undoneBy?.voidId).toBe(undo.id);
    // Without the standing undo the strike holds again.
    const held = timeline([...all, strike, wrongUndo, strikeUndo]).find(
      (e) => e.event.id === dose.id,
    );
    expect(held?.voided).toMatchObject({ voidId: strike.id, undoneBy: null });
  });

  it('struck through again after a second void', () => {
    const strike = voidOf(dose, paris('2026-01-10T09:20'), 'Erreur');
    const undo = voidOf(strike, paris('2026-01-10T09:40'), 'Non');
    const again = voidOf(dose, paris('2026-01-10T10:00'), 'Si, erreur');
    const entry = timeline([...all, strike, undo, again]).find((e) => e.event.id === dose.id);
    expect(entry?.voided?.voidId).toBe(again.id);
    expect(entry?.corrections.map((c) => c.voidId)).toEqual([strike.id, again.id]);
  });

  it('filters by kind; no filter keeps everything', () => {
    const kinds = (filter: Parameters<typeof timeline>[1]) =>
      timeline(all, filter).map((entry) => entry.event.id);
    expect(kinds(['vitals'])).toEqual([vitals.id]);
    expect(kinds(['medications'])).toEqual([rx.id, dose.id]);
    expect(kinds(['notes', 'identity'])).toEqual([note.id, phoned.id, move.id]);
    expect(kinds(['care'])).toEqual([care.id]);
    expect(kinds([])).toHaveLength(all.length);
    expect(kinds(undefined)).toHaveLength(all.length);
  });
});

describe('timelineKindOf', () => {
  it.each([
    ['vitals.recorded', 'vitals'],
    ['med.prescribed', 'medications'],
    ['med.stopped', 'medications'],
    ['med.administered', 'medications'],
    ['care.planned', 'care'],
    ['care.done', 'care'],
    ['care.stopped', 'care'],
    ['note.written', 'notes'],
    ['note.targeted', 'notes'],
    ['result.phoned', 'notes'],
    ['patient.admitted', 'identity'],
    ['patient.updated', 'identity'],
    ['patient.moved', 'identity'],
    ['patient.discharged', 'identity'],
    ['patient.identifierLinked', 'identity'],
    ['bed.added', 'other'],
    ['staff.added', 'other'],
  ])('%s is %s', (type, kind) => {
    expect(timelineKindOf(type)).toBe(kind);
    expect(TIMELINE_KINDS).toContain(kind);
  });
});
