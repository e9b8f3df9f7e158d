import type { WardEvent } from '../events';
import type { WardId } from '../ids';
import { generateTempId, TEMP_ID_RANDOM_RANGE } from '../tempId';
import { DAY, HOUR, MINUTE, WardClock } from './clock';
import { DEVICE_NAMES, Emitter } from './emitter';
import { layBeds, simulateBeds } from './occupancy';
import { nth, Rng, uuidAt } from './random';
import { chartStay, type Identifiers } from './stay';
import { WARD_NOTES } from './texts';
import { DEMO_WARD } from './demoWardName';

export interface DemoWardOptions {
  /** Same seed, same ward, on every machine. */
  seed: number;
  /** How many days of log, from `start`. */
  days: number;
  beds?: number;
  /** The first instant of the log (the start of the downtime), ISO 8601 with offset. */
  start: string;
  /** The ward's id; drawn from the seed when absent. */
  wardId?: WardId;
}

export { DEMO_WARD };

/**
 * A realistic 30-bed medical ward over `days` days, about 100 events per patient-day, as
 * valid events of the current version, in log (entry) order. Pure and deterministic: no
 * clock, no Math.random. Used by the tests, the benchmark and training mode.
 */
export function demoWard({ seed, days, beds = 30, start, wardId }: DemoWardOptions): WardEvent[] {
  const startMs = Date.parse(start);
  if (!Number.isFinite(startMs)) throw new RangeError(`start is not an instant: ${start}`);
  if (!Number.isInteger(days) || days < 1) throw new RangeError('days must be a whole number ≥ 1');
  if (!Number.isInteger(beds) || beds < 2 || beds > 200)
    throw new RangeError('beds must be 2 to 200');
  const end = startMs + days * DAY;
  const clock = new WardClock();
  const rng = new Rng(seed);
  const ward = wardId ?? (uuidAt(rng, startMs) as WardId);
  const emitter = new Emitter(clock, ward, clock.atHour(startMs, 0), end, rng.fork(1));
  const setup = rng.fork(2);
  let second = 0;
  const wardEvent: Emitter['emit'] = (r, spec) =>
    emitter.emit(r, { ...spec, who: 'manager', delay: 1000, at: startMs + second++ * 1000 });
  wardEvent(setup, { type: 'ward.configured', patientId: null, at: 0, payload: DEMO_WARD });
  for (const person of emitter.staff)
    wardEvent(setup, { type: 'staff.added', patientId: null, at: 0, payload: person });
  emitter.devices.forEach((deviceId, index) =>
    wardEvent(setup, {
      type: 'device.named',
      patientId: null,
      at: 0,
      payload: { deviceId, name: nth(DEVICE_NAMES, index) },
    }),
  );
  wardEvent(setup, {
    type: 'ward.settingsChanged',
    patientId: null,
    at: 0,
    payload: { glucoseUnit: 'g/L' },
  });
  const bedList = layBeds(rng.fork(3), beds, startMs);
  bedList.forEach(({ bedId, label, room }, order) =>
    wardEvent(setup, {
      type: 'bed.added',
      patientId: null,
      at: 0,
      payload: { bedId, label, room, order: order + 1 },
    }),
  );
  const reserved = Array.from({ length: 10 }, () =>
    generateTempId(nth(emitter.devices, 0), setup.int(0, TEMP_ID_RANDOM_RANGE - 1)),
  );
  const ids: Identifiers = {
    ipps: new Set(),
    tempIds: new Set(reserved),
    reserved: [...new Set(reserved)],
  };
  wardEvent(setup, {
    type: 'tempId.reserved',
    patientId: null,
    at: 0,
    payload: { tempIds: ids.reserved.slice() },
  });
  const { stays, closures } = simulateBeds(rng.fork(4), clock, bedList, startMs, end);
  for (const closure of closures) {
    const { bedId } = nth(bedList, closure.bed);
    emitter.emit(setup, {
      type: 'bed.updated',
      patientId: null,
      at: closure.from,
      payload: { bedId, unavailable: true },
      who: 'manager',
    });
    emitter.emit(setup, {
      type: 'bed.updated',
      patientId: null,
      at: closure.to,
      payload: { bedId, unavailable: false },
      who: 'manager',
    });
  }
  for (let day = clock.atHour(startMs, 0); day < end; day += DAY) {
    for (const hour of [7.25, 21.5]) {
      const at = clock.atHour(day + 12 * HOUR, hour) + setup.between(0, 20) * MINUTE;
      if (at > startMs + HOUR && setup.chance(0.8)) {
        emitter.emit(setup, {
          type: 'note.written',
          patientId: null,
          at,
          payload: { text: setup.pick(WARD_NOTES) },
          who: 'manager',
        });
      }
    }
  }
  let censusRank = second;
  stays.forEach((stay, index) => {
    const window = { start: startMs, end, censusRank: stay.census ? censusRank++ : 0 };
    chartStay(emitter, rng.fork(1000 + index), stay, bedList, window, ids);
  });
  return emitter.log();
}
