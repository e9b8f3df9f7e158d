import {
  checkedInstant,
  coveringIn,
  doseFrame,
  doseWindows,
  inWindow,
  pendingStatus,
  timedAdministrations,
  type Administration,
  type DoseFrame,
  type DoseStatus,
  type DoseWindows,
  type TimedAdministration,
} from './doseStatus';
import { occurrences, type Schedule } from './schedule';
import { instantOf } from './time';
import type { ValidationCode } from './validation';

/**
 * Due slots of a schedule (a prescription's or a care item's) with their status, shared by
 * the MAR and the care plan. The status is doseStatus's; `record` is the entry covering it.
 */
export interface Slot<R> {
  dueAt: string;
  status: DoseStatus;
  record: R | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The earliest of some instants (ISO strings), or null when there are none. */
export function earliest(...instants: (string | null | undefined)[]): string | null {
  let found: string | null = null;
  for (const value of instants) {
    if (value === null || value === undefined) continue;
    if (found === null || instantOf(value) < instantOf(found)) found = value;
  }
  return found;
}

/** Whether a plan that starts at `start` and ends at `endsAt` (excluded) runs at `at`. */
export const runsAt = (start: string, endsAt: string | null, at: string): boolean =>
  instantOf(at) >= instantOf(start) && (endsAt === null || instantOf(at) < instantOf(endsAt));

/** Whether [start, endsAt) meets [from, to); a plan stopped before it started meets nothing. */
export const overlaps = (start: string, endsAt: string | null, from: string, to: string) =>
  instantOf(start) < instantOf(to) &&
  (endsAt === null ||
    (instantOf(endsAt) > instantOf(from) && instantOf(endsAt) > instantOf(start)));

/** The schedule cut at `endsAt` (a stop), or null when it ends before it starts. */
export function boundedSchedule(schedule: Schedule, endsAt: string | null): Schedule | null {
  const end = earliest(schedule.end, endsAt);
  if (end !== null && instantOf(end) <= instantOf(schedule.start)) return null;
  return { ...schedule, end: end ?? undefined };
}

/** How far past `to` the next dose can be: the status of the last slot depends on it. */
const lookaheadMs = (schedule: Schedule): number =>
  schedule.kind === 'every-n-hours' ? (schedule.intervalHours + 1) * HOUR : 48 * HOUR;

/** Every due instant of a schedule in [from, to), with the next one after each. */
export function dueSlots(
  schedule: Schedule,
  endsAt: string | null,
  from: string,
  to: string,
  timeZone: string,
): { dueAt: string; nextDueAt: string | null }[] {
  const bounded = boundedSchedule(schedule, endsAt);
  if (bounded === null || bounded.kind === 'prn') return [];
  const beyond = new Date(instantOf(to) + lookaheadMs(bounded)).toISOString();
  const due = occurrences(bounded, from, beyond, timeZone);
  const limit = instantOf(to);
  return due.flatMap((dueAt, index) =>
    instantOf(dueAt) < limit ? [{ dueAt, nextDueAt: due[index + 1] ?? null }] : [],
  );
}

/**
 * The administrations with a due time each: one charted without (an import, an old entry)
 * is given the nearest slot whose window holds it, so that it covers one dose, not two
 * (11:30 is in the window of both 08:00 and 12:00 with doses 4 h apart).
 */
function targeted(
  frames: readonly DoseFrame[],
  timed: readonly TimedAdministration[],
): TimedAdministration[] {
  return timed.map((entry) => {
    if (entry.due !== undefined) return entry;
    let best: DoseFrame | undefined;
    for (const frame of frames) {
      if (!inWindow(frame, entry.at)) continue;
      if (best === undefined || Math.abs(entry.at - frame.due) < Math.abs(entry.at - best.due))
        best = frame;
    }
    return best ? { ...entry, due: best.due } : entry;
  });
}

/**
 * The slots in [from, to) with their status at `now`. Each record is read as an
 * Administration (`asAdministration`) so that doseStatus.ts decides, in one place, which entry
 * covers a slot. Every instant is read once (a pack asks this for every prescription of the
 * ward: parsing them again for each slot and entry was most of its cost).
 */
export function scheduledSlots<R>(
  schedule: Schedule,
  endsAt: string | null,
  records: readonly R[],
  asAdministration: (record: R) => Administration,
  range: { from: string; to: string; now: string; timeZone: string },
  windows?: Partial<DoseWindows>,
): Slot<R>[] {
  const due = dueSlots(schedule, endsAt, range.from, range.to, range.timeZone);
  const first = due[0];
  const last = due.at(-1);
  if (first === undefined || last === undefined) return [];
  const w = doseWindows(windows);
  const framed = due.map(({ dueAt, nextDueAt }) => ({
    dueAt,
    frame: doseFrame(dueAt, nextDueAt, w),
  }));
  // Only entries near the range can cover one of its slots: 60 days of log stay cheap.
  const margin = DAY + Math.max(w.beforeMinutes, w.missedAfterMinutes) * 60_000;
  const lo = instantOf(first.dueAt) - margin;
  const hi = instantOf(last.dueAt) + margin;
  const near = records
    .map((record) => ({ record, administration: asAdministration(record) }))
    .filter(({ administration: { dueAt, at } }) => {
      const t = instantOf(dueAt ?? at);
      return t >= lo && t <= hi;
    });
  const timed = targeted(
    framed.map(({ frame }) => frame),
    timedAdministrations(near.map(({ administration }) => administration)),
  );
  let now: number | undefined;
  return framed.map(({ dueAt, frame }) => {
    const covering = coveringIn(frame, timed);
    return {
      dueAt,
      status:
        covering?.record.outcome ??
        pendingStatus(frame, (now ??= checkedInstant(range.now, 'now'))),
      record: covering ? (near[timed.indexOf(covering)]?.record ?? null) : null,
    };
  });
}

/**
 * What is wrong with charting the slot `dueAt`: not one of the schedule's times ('invalid'),
 * after its end, stop or replacement ('notActive'), or already given or done
 * ('alreadyRecorded': a wrong entry is voided, not charted over). Null when it can be charted.
 */
export function slotIssue(
  schedule: Schedule,
  endsAt: string | null,
  dueAt: string,
  administrations: readonly Administration[],
  timeZone: string,
): ValidationCode | null {
  const t = instantOf(dueAt);
  const justAfter = new Date(t + 1).toISOString();
  if (occurrences({ ...schedule, end: undefined }, dueAt, justAfter, timeZone).length === 0)
    return 'invalid';
  // The slots around it, so that an entry without due time goes to its nearest one.
  const around = (days: number) => new Date(t + days * DAY).toISOString();
  const w = doseWindows();
  const frames = dueSlots(schedule, endsAt, around(-2), around(2), timeZone).map((slot) =>
    doseFrame(slot.dueAt, slot.nextDueAt, w),
  );
  const frame = frames.find((candidate) => candidate.due === t);
  if (frame === undefined) return 'notActive';
  const covering = coveringIn(frame, targeted(frames, timedAdministrations(administrations)));
  return covering?.record.outcome === 'given' ? 'alreadyRecorded' : null;
}
