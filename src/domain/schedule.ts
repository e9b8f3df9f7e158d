import { z } from 'zod';
import { doseSchema, inUnitOf, type Dose } from './doseAmounts';
import type { Administration } from './doseStatus';
import { requiredText } from './text';
import { DEFAULT_TIME_ZONE, instantOf, toIsoWithOffset, zoneOffsetMinutes } from './time';
import { parseOrThrow, ValidationError } from './validation';

/**
 * Administration and care schedules. Every instant, in and out, is an ISO 8601 string
 * with an offset; outputs come from toIsoWithOffset in the ward's time zone.
 *
 * DST rules for fixed times (wall-clock times in the ward's zone):
 * - a time that does not exist (spring forward, 02:30 on 2026-03-29 in Paris) is moved
 *   forward by the length of the gap: 02:30 → 03:30, so the dose is still given once;
 * - a time that exists twice (fall back, 02:30 on 2026-10-25) is given once, at its
 *   first occurrence (02:30 summer time);
 * - two times that land on the same instant (02:00 and 03:00 on spring-forward day)
 *   make a single dose, because a dose is identified by its due instant.
 * "Every N hours" counts elapsed time: every 8 h is 8 real hours across a change.
 * A schedule runs from start (included) to end (excluded).
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// A missing field reads 'required'; a present but wrong one gets the given code.
const typeError = (code: 'invalid' | 'invalidDate') => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'required' : code;
const isoInstant = z.iso.datetime({ offset: true, error: typeError('invalidDate') });
const timeOfDay = z
  .string({ error: typeError('invalid') })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid' });
const positiveInt = (max: number) =>
  z
    .number({ error: typeError('invalid') })
    .int({ error: 'invalid' })
    .min(1, { error: 'invalid' })
    .max(max, { error: 'invalid' });
const span = { start: isoInstant, end: isoInstant.optional() };

export const scheduleSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.object({
        kind: z.literal('fixed-times'),
        times: z
          .array(timeOfDay, { error: typeError('invalid') })
          .min(1, { error: 'required' })
          .refine((times) => new Set(times).size === times.length, { error: 'invalid' }),
        ...span,
      }),
      z.object({ kind: z.literal('every-n-hours'), intervalHours: positiveInt(168), ...span }),
      /** A single dose, at start. */
      z.object({ kind: z.literal('once'), ...span }),
      z.object({
        kind: z.literal('prn'),
        maxDosesPer24h: positiveInt(24),
        /** Also a maximum amount over any 24 h (paracetamol 4 g), optional for old events. */
        maxAmountPer24h: doseSchema.optional(),
        /** Minimum time between two doses, in hours (paracetamol 4 h); optional. */
        minIntervalHours: z
          .number({ error: typeError('invalid') })
          .positive({ error: 'invalid' })
          .max(72, { error: 'invalid' })
          .optional(),
        indication: requiredText(200),
        ...span,
      }),
    ],
    { error: 'unknownType' },
  )
  .refine((s) => s.end === undefined || instantOf(s.end) > instantOf(s.start), {
    error: 'invalid',
    path: ['end'],
  });

export type Schedule = z.infer<typeof scheduleSchema>;
export type ScheduleKind = Schedule['kind'];
export type PrnSchedule = Extract<Schedule, { kind: 'prn' }>;

const instant = (value: string, path: string): number =>
  instantOf(parseOrThrow(isoInstant, value, path));

// Making an Intl.DateTimeFormat is costly and every MAR slot asked it: a zone is checked once.
const knownZones = new Set<string>();
function checkTimeZone(timeZone: string): void {
  if (knownZones.has(timeZone)) return;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new ValidationError([{ path: 'timeZone', code: 'invalid' }]);
  }
  knownZones.add(timeZone);
}

// Every prescription of the ward asks the same wall times (08:00 on each day of the MAR):
// instants already found are kept (a pure function; the bound keeps it small).
const wallClockKept = new Map<string, number>();
const KEPT_WALL_CLOCK = 5_000;

/** The instant a wall-clock time has on a local date; see the file comment for DST. */
function wallClockInstant(localDay: number, minutes: number, timeZone: string): number {
  const wall = localDay + minutes * 60_000;
  const key = `${timeZone} ${wall}`;
  const known = wallClockKept.get(key);
  if (known !== undefined) return known;
  if (wallClockKept.size >= KEPT_WALL_CLOCK) wallClockKept.clear();
  const found = wallClockFound(wall, timeZone);
  wallClockKept.set(key, found);
  return found;
}

function wallClockFound(wall: number, timeZone: string): number {
  // Offsets a day either side bracket any single change.
  const before = zoneOffsetMinutes(new Date(wall - DAY), timeZone);
  const after = zoneOffsetMinutes(new Date(wall + DAY), timeZone);
  const candidates = [before, after]
    .map((offset) => wall - offset * 60_000)
    .filter((t) => wall - zoneOffsetMinutes(new Date(t), timeZone) * 60_000 === t);
  // Two candidates: fall back, take the first. None: spring forward, the wall time read
  // with the old offset falls after the gap (02:30 + 1 h → 03:30).
  return candidates.length > 0 ? Math.min(...candidates) : wall - before * 60_000;
}

/** Midnight UTC of the local calendar date of an instant. */
const localDayOf = (t: number, timeZone: string): number => {
  const local = t + zoneOffsetMinutes(new Date(t), timeZone) * 60_000;
  return local - (((local % DAY) + DAY) % DAY);
};

function fixedTimes(times: string[], lo: number, hi: number, timeZone: string): number[] {
  const minutes = times.map((time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3)));
  const due = new Set<number>();
  for (let day = localDayOf(lo, timeZone); day <= localDayOf(hi, timeZone); day += DAY) {
    for (const m of minutes) due.add(wallClockInstant(day, m, timeZone));
  }
  return [...due];
}

function everyHours(start: number, intervalHours: number, lo: number, hi: number): number[] {
  const step = intervalHours * HOUR;
  const due: number[] = [];
  for (let k = Math.max(0, Math.ceil((lo - start) / step)); start + k * step < hi; k++) {
    due.push(start + k * step);
  }
  return due;
}

/** Due instants of a schedule in [from, to), ascending; PRN schedules have none. */
export function occurrences(
  schedule: Schedule,
  from: string,
  to: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): string[] {
  const s = parseOrThrow(scheduleSchema, schedule, 'schedule');
  checkTimeZone(timeZone);
  const start = instantOf(s.start);
  const lo = Math.max(instant(from, 'from'), start);
  const hi = Math.min(instant(to, 'to'), s.end === undefined ? Infinity : instantOf(s.end));
  if (lo >= hi) return [];
  const due =
    s.kind === 'fixed-times'
      ? fixedTimes(s.times, lo, hi, timeZone)
      : s.kind === 'every-n-hours'
        ? everyHours(start, s.intervalHours, lo, hi)
        : s.kind === 'once'
          ? [start]
          : [];
  return due
    .filter((t) => t >= lo && t < hi)
    .sort((a, b) => a - b)
    .map((t) => toIsoWithOffset(new Date(t), timeZone));
}

export type PrnBlock = 'limit-reached' | 'amount-reached' | 'too-soon';

export interface PrnCheck {
  allowed: boolean;
  /** The first rule that refuses: the count, then the amount, then the interval. */
  reason: 'allowed' | PrnBlock | 'not-active';
  /** Every rule that refuses one more dose at `at`. */
  blocks: PrnBlock[];
  /** 'given' doses in the 24 h ending at `at`. */
  givenInLast24h: number;
  maxDosesPer24h: number;
  /** The amount given in that 24 h, in the unit of the maximum; null without one. */
  givenAmountInLast24h: number | null;
  maxAmountPer24h: Dose | null;
  minIntervalHours: number | null;
  /** When refused: the first instant every rule lets one more dose through; null if never. */
  nextAllowedAt: string | null;
}

/** An as-needed dose as prnCheck counts it: the amount given is optional (old entries). */
export type PrnAdministration = Administration & { dose?: Dose };

/**
 * Whether one more as-needed dose at `at` stays within the maximum. The window is
 * (at − 24 h, at]: a dose given exactly 24 h before has left it, so "4 doses per 24 h"
 * allows 00:00, 06:00, 12:00, 18:00 and again 00:00 the next day. Only 'given' counts.
 * With `maxAmountPer24h`, the doses given plus `dose` (the one about to be given) must stay
 * within it; a dose in a unit that does not convert (tablets against grams) is not counted.
 * With `minIntervalHours`, no dose may be closer than that to another one given, before or
 * after (a late entry).
 */
export function prnCheck(
  schedule: PrnSchedule,
  administrations: readonly PrnAdministration[],
  at: string,
  timeZone: string = DEFAULT_TIME_ZONE,
  dose?: Dose,
): PrnCheck {
  const s = parseOrThrow(scheduleSchema, schedule, 'schedule');
  if (s.kind !== 'prn') throw new ValidationError([{ path: 'schedule.kind', code: 'invalid' }]);
  checkTimeZone(timeZone);
  const t = instant(at, 'at');
  const max = s.maxDosesPer24h;
  const allGiven = administrations
    .map((record, index) => ({ record, at: instant(record.at, `administrations.${index}.at`) }))
    .filter(({ record }) => record.outcome === 'given')
    .sort((a, b) => a.at - b.at);
  const inWindow = allGiven.filter(({ at: given }) => given > t - DAY && given <= t);
  const given = inWindow.map(({ at: given }) => given);
  const maxAmount = s.maxAmountPer24h ?? null;
  const amountOf = (d: Dose | undefined) => (d && maxAmount ? (inUnitOf(d, maxAmount) ?? 0) : 0);
  const givenAmount = maxAmount
    ? inWindow.reduce((sum, { record }) => sum + amountOf(record.dose), 0)
    : null;
  const result = {
    givenInLast24h: given.length,
    maxDosesPer24h: max,
    givenAmountInLast24h: givenAmount,
    maxAmountPer24h: maxAmount,
    minIntervalHours: s.minIntervalHours ?? null,
  };
  const active = t >= instantOf(s.start) && (s.end === undefined || t < instantOf(s.end));
  if (!active)
    return { ...result, allowed: false, reason: 'not-active', blocks: [], nextAllowedAt: null };
  const blocks: PrnBlock[] = [];
  const next: (number | null)[] = [];
  // The count: the dose that must leave the window before one more fits.
  const blocking = given[given.length - max];
  if (blocking !== undefined) {
    blocks.push('limit-reached');
    next.push(blocking + DAY);
  }
  // The amount: the oldest doses leave the window one by one until this one fits.
  if (maxAmount && givenAmount !== null) {
    const adding = amountOf(dose);
    if (givenAmount + adding > maxAmount.value * (1 + 1e-9)) {
      blocks.push('amount-reached');
      let left = givenAmount;
      const leaving = inWindow.find(({ record }) => {
        left -= amountOf(record.dose);
        return left + adding <= maxAmount.value * (1 + 1e-9);
      });
      next.push(adding > maxAmount.value ? null : leaving ? leaving.at + DAY : null);
    }
  }
  // The interval, both ways: a later dose may already be charted (a late entry).
  if (s.minIntervalHours !== undefined) {
    const gap = s.minIntervalHours * HOUR;
    const close = allGiven.filter(({ at: other }) => Math.abs(other - t) < gap);
    if (close.length > 0) {
      blocks.push('too-soon');
      next.push(Math.max(...close.map(({ at: other }) => other)) + gap);
    }
  }
  const first = blocks[0];
  if (first === undefined)
    return { ...result, allowed: true, reason: 'allowed', blocks, nextAllowedAt: null };
  const nextAt = next.includes(null) ? null : Math.max(...(next as number[]));
  return {
    ...result,
    allowed: false,
    reason: first,
    blocks,
    nextAllowedAt: nextAt === null ? null : toIsoWithOffset(new Date(nextAt), timeZone),
  };
}
