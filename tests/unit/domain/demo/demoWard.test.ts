import { describe, expect, it } from 'vitest';
import { buildBoard } from '../../../../src/domain/board';
import { foldBeds } from '../../../../src/domain/beds';
import { carePlanFor } from '../../../../src/domain/carePlan';
import { demoWard } from '../../../../src/domain/demo/demoWard';
import { escalationDue } from '../../../../src/domain/escalation';
import { EVENT_VERSIONS } from '../../../../src/domain/eventVersions';
import { validateEvent, type WardEvent } from '../../../../src/domain/events';
import { marFor } from '../../../../src/domain/mar';
import { foldPatient, type PatientState } from '../../../../src/domain/patient';
import { mayRecord } from '../../../../src/domain/permissions';
import { prescriptions } from '../../../../src/domain/prescriptions';
import { instantOf, toIsoWithOffset } from '../../../../src/domain/time';
import { vitalsRows } from '../../../../src/domain/vitalsChart';
import { activeEvents } from '../../../../src/domain/voids';
import { foldWard } from '../../../../src/domain/ward';

const START = '2026-11-02T07:00:00+01:00';
const DAY = 86_400_000;
const WEEK = demoWard({ seed: 7, days: 7, start: START });

const byPatient = (events: readonly WardEvent[]) => {
  const map = new Map<string, WardEvent[]>();
  for (const event of events) {
    if (event.patientId === null) continue;
    map.set(event.patientId, [...(map.get(event.patientId) ?? []), event]);
  }
  return map;
};
const upTo = (events: readonly WardEvent[], t: number) =>
  events.filter((event) => instantOf(event.recordedAt) <= t);

describe('demo ward', () => {
  it('is the same ward for the same seed, another for another seed', () => {
    const again = demoWard({ seed: 7, days: 7, start: START });
    expect(again).toEqual(WEEK);
    const other = demoWard({ seed: 8, days: 7, start: START });
    expect(other.map((e) => e.id)).not.toEqual(WEEK.map((e) => e.id));
    expect(other.filter((e) => e.type === 'patient.admitted').map((e) => e.payload)).not.toEqual(
      WEEK.filter((e) => e.type === 'patient.admitted').map((e) => e.payload),
    );
  });

  it('holds only valid events of the current version, in entry order, by permitted roles', () => {
    const ids = new Set<string>();
    let last = -Infinity;
    for (const event of WEEK) {
      expect(validateEvent(event)).toEqual(event);
      expect(event.v).toBe(EVENT_VERSIONS[event.type]);
      expect(mayRecord(event.author.role, event.type)).toBe(true);
      expect(instantOf(event.recordedAt)).toBeGreaterThanOrEqual(last);
      expect(instantOf(event.recordedAt)).toBeGreaterThanOrEqual(instantOf(event.at) - 1);
      last = instantOf(event.recordedAt);
      ids.add(event.id);
    }
    expect(ids.size).toBe(WEEK.length);
    const types = new Set(WEEK.map((e) => e.type));
    // Every type a ward writes during the outage; the re-entry ticks come after it, and a
    // join of two wards begun separately is not the life of one ward.
    expect(
      Object.keys(EVENT_VERSIONS).filter((type) => !types.has(type as WardEvent['type'])),
    ).toEqual(['record.reentered', 'ward.joined']);
  });

  it('folds into a sane ward at noon every day: 30 beds, 70–100 % full, one bed per patient', () => {
    const ward = foldWard(WEEK.filter((e) => e.patientId === null));
    expect(ward?.staff.length).toBeGreaterThan(10);
    for (let day = 0; day < 7; day++) {
      const noon = instantOf(START) + day * DAY + 5 * 3_600_000;
      const log = upTo(WEEK, noon);
      const beds = foldBeds(log.filter((e) => e.patientId === null));
      expect(beds).toHaveLength(30);
      const patients = [...byPatient(log).values()]
        .map(foldPatient)
        .filter((p): p is PatientState => p !== null);
      const board = buildBoard(beds, patients);
      const occupied = board.slots.filter((slot) => slot.patients.length > 0).length;
      expect(board.slots.every((slot) => slot.patients.length <= 1)).toBe(true);
      expect(board.unplaced).toEqual([]);
      expect(occupied / 30).toBeGreaterThanOrEqual(0.7);
      expect(occupied / 30).toBeLessThanOrEqual(1);
    }
  });

  it('gives every dose against a prescription that runs at its slot, and voids only what exists', () => {
    const recorded = new Map(WEEK.map((e) => [e.id, e]));
    for (const events of byPatient(WEEK).values()) {
      const list = prescriptions(events);
      for (const event of activeEvents(events)) {
        if (event.type === 'med.administered') {
          const prescription = list.find((p) => p.id === event.payload.prescriptionId);
          expect(prescription).toBeDefined();
          const when = instantOf(event.payload.dueAt ?? event.at);
          expect(when).toBeGreaterThanOrEqual(instantOf(prescription?.schedule.start ?? '') - 1);
          const end = prescription?.endsAt;
          if (end) expect(when).toBeLessThan(instantOf(end));
        }
      }
      for (const event of events) {
        if (event.type !== 'event.voided') continue;
        const target = recorded.get(event.payload.eventId);
        expect(target?.patientId).toBe(event.patientId);
        expect(instantOf(target?.recordedAt ?? '')).toBeLessThan(instantOf(event.recordedAt));
      }
    }
  });

  it('records 70 to 130 events per patient-day', () => {
    const end = instantOf(START) + 7 * DAY;
    let patientDays = 0;
    let count = 0;
    for (const events of byPatient(WEEK).values()) {
      const admitted = events.find((e) => e.type === 'patient.admitted');
      const discharged = events.find((e) => e.type === 'patient.discharged');
      const from = Math.max(instantOf(admitted?.at ?? START), instantOf(START));
      patientDays += ((discharged ? instantOf(discharged.at) : end) - from) / DAY;
      count += events.length;
    }
    console.log(
      `demo ward, 7 days: ${count} patient events, ${(count / patientDays).toFixed(1)} per patient-day`,
    );
    expect(count / patientDays).toBeGreaterThanOrEqual(70);
    expect(count / patientDays).toBeLessThanOrEqual(130);
  });

  it('shows through the folds: MAR, care plan, NEWS2 trends, escalation', () => {
    const now = toIsoWithOffset(new Date(instantOf(START) + 7 * DAY - 60_000));
    const from = toIsoWithOffset(new Date(instantOf(now) - DAY));
    let scored = 0;
    for (const events of byPatient(WEEK).values()) {
      const state = foldPatient(events);
      if (state?.status !== 'admitted') continue;
      expect(marFor(events, from, now, now).length).toBeGreaterThan(0);
      expect(carePlanFor(events, from, now, now).length).toBeGreaterThan(0);
      scored += vitalsRows(events, state.header.spo2Scale ?? 1).filter((row) => row.news2).length;
      escalationDue(events, now, state.header.levelOfCare);
    }
    expect(scored).toBeGreaterThan(100);
  });

  it('generates 60 days (about 140,000 events) in one go', () => {
    const t0 = performance.now();
    const events = demoWard({ seed: 1, days: 60, start: START });
    console.log(
      `demo ward, 60 days: ${events.length} events in ${Math.round(performance.now() - t0)} ms`,
    );
    expect(events.length).toBeGreaterThan(100_000);
  }, 180_000);
});
