import type { BedId, PatientId } from '../ids';
import type { Sex } from '../identity';
import { DAY, HOUR, type WardClock } from './clock';
import { uuidAt, type Rng } from './random';

/** How a stay goes: most patients get better; a few worsen, recover, leave for ICU or die. */
export type Course = 'stable' | 'recovers' | 'transfer' | 'palliative';

export interface DemoBed {
  bedId: BedId;
  label: string;
  room: string;
  /** Half of the ward (corridor): which team and tablet. */
  group: number;
}

export interface Stay {
  patientId: PatientId;
  sex: Sex;
  admitAt: number;
  /** Already in the ward when the log starts (the downtime census). */
  census: boolean;
  /** Null: still in the ward at the end. */
  dischargeAt: number | null;
  /** The admission bed, then each move. */
  beds: { bed: number; from: number }[];
  course: Course;
}

export interface Closure {
  bed: number;
  from: number;
  to: number;
}

type BedState = { stay: Stay; leaves: number } | { freeFrom: number };

/** Beds in double rooms first (about 40 %), then single rooms, numbered from 301. */
export function layBeds(rng: Rng, count: number, startMs: number): DemoBed[] {
  const doubles = Math.floor((count * 0.4) / 2);
  return Array.from({ length: count }, (_, index) => {
    const double = index < doubles * 2;
    const room = 301 + (double ? Math.floor(index / 2) : index - doubles);
    const label = double ? `${room}-${(index % 2) + 1}` : String(room);
    return {
      bedId: uuidAt(rng, startMs) as BedId,
      label,
      room: String(room),
      group: index < count / 2 ? 0 : 1,
    };
  });
}

const roomMate = (beds: readonly DemoBed[], index: number): number | null => {
  const room = beds[index]?.room;
  const other = beds.findIndex((bed, i) => i !== index && bed.room === room);
  return other < 0 ? null : other;
};

/**
 * Who lies in which bed, hour by hour: discharges, cleaning, admissions (more in the
 * afternoon, from the emergency department), a few moves, one bed closed for repair. A stay
 * lasts about six days (log-normal), so the ward stays 85–95 % full.
 */
export function simulateBeds(
  rng: Rng,
  clock: WardClock,
  beds: readonly DemoBed[],
  start: number,
  end: number,
): { stays: Stay[]; closures: Closure[] } {
  const stays: Stay[] = [];
  const closures: Closure[] = [];
  const state: BedState[] = beds.map(() => ({ freeFrom: start }));
  const sexIn = (index: number | null): Sex | null => {
    const s = index === null ? undefined : state[index];
    return s && 'stay' in s ? s.stay.sex : null;
  };
  const drawSex = (bed: number): Sex => {
    const mate = sexIn(roomMate(beds, bed));
    return mate ?? (rng.chance(0.52) ? 'F' : 'M');
  };
  const course = () =>
    rng.weighted<Course>([
      ['stable', 78],
      ['recovers', 12],
      ['transfer', 6],
      ['palliative', 4],
    ]);
  const leaving = (admitAt: number, c: Course, length: number) => {
    const planned = admitAt + length;
    if (c === 'transfer' || c === 'palliative') return planned;
    const day = clock.atHour(planned, rng.between(10, 17));
    return day > admitAt + 6 * HOUR ? day : day + DAY;
  };
  const lengthOf = (c: Course) =>
    c === 'transfer'
      ? rng.between(1, 5) * DAY
      : Math.min(25, Math.max(1, Math.exp(rng.normal(Math.log(5), 0.6)))) * DAY;
  const admit = (bed: number, admitAt: number, census: boolean, sex: Sex) => {
    const c = course();
    const length = lengthOf(c);
    const elapsed = census ? rng.between(0.05, 0.95) * length : 0;
    const admittedAt = census ? Math.min(admitAt - elapsed, admitAt - HOUR) : admitAt;
    let leaves = leaving(admittedAt, c, length);
    if (leaves < start + 2 * HOUR) leaves = clock.atHour(start + DAY, rng.between(10, 17));
    const stay: Stay = {
      patientId: uuidAt(rng, admitAt) as PatientId,
      sex,
      admitAt: Math.round(admittedAt),
      census,
      dischargeAt: null,
      beds: [{ bed, from: Math.round(admittedAt) }],
      course: c,
    };
    stays.push(stay);
    state[bed] = { stay, leaves: Math.round(leaves) };
  };
  for (let bed = 0; bed < beds.length; bed++) {
    if (rng.chance(0.92)) admit(bed, start, true, drawSex(bed));
  }
  const closeAt = beds.length > 2 && end - start >= 3 * DAY ? start + 30 * HOUR : Infinity;
  for (let t = start; t < end; t += HOUR) {
    const hour = clock.hour(t);
    state.forEach((s, bed) => {
      if ('stay' in s && s.leaves < t + HOUR) {
        if (s.leaves < end) s.stay.dischargeAt = s.leaves;
        state[bed] = { freeFrom: s.leaves + rng.between(1, 3) * HOUR };
      }
    });
    if (t === closeAt) {
      const bed = state.findIndex((s) => 'freeFrom' in s && s.freeFrom <= t);
      if (bed >= 0) {
        closures.push({ bed, from: t + 0.5 * HOUR, to: t + 40 * HOUR });
        state[bed] = { freeFrom: t + 41 * HOUR };
      }
    }
    const free = (bed: number) => {
      const s = state[bed];
      return s !== undefined && 'freeFrom' in s && s.freeFrom <= t;
    };
    if (hour >= 9 && hour < 19) {
      state.forEach((s, bed) => {
        if (!('stay' in s) || !rng.chance(0.0013)) return;
        const target = beds.findIndex(
          (_, i) => free(i) && [null, s.stay.sex].includes(sexIn(roomMate(beds, i))),
        );
        const at = Math.round(t + rng.next() * HOUR);
        if (target < 0 || at > s.leaves - 2 * HOUR) return;
        s.stay.beds.push({ bed: target, from: at });
        state[target] = s;
        state[bed] = { freeFrom: at + HOUR };
      });
    }
    const chance = hour >= 10 && hour < 21 ? 0.14 : 0.04;
    for (let bed = 0; bed < beds.length; bed++) {
      if (free(bed) && rng.chance(chance)) {
        admit(bed, Math.round(t + rng.next() * HOUR), false, drawSex(bed));
      }
    }
  }
  return { stays, closures };
}
