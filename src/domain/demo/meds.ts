import type { Allergies } from '../admission';
import { matchAllergies, type AllergyMatch } from '../allergyCheck';
import { deviationKinds, deviationOf } from '../doseDeviation';
import type { AdministrationOutcome } from '../doseStatus';
import type { Payload, WardEvent } from '../events';
import type { EventId } from '../ids';
import type { Schedule } from '../schedule';
import { DRUGS, PRNS, wanted, type DrugTemplate, type PrnTemplate } from './catalog';
import { DAY, HOUR, MINUTE } from './clock';
import type { StayContext } from './context';
import { slotsOf } from './slots';
import { NOT_GIVEN } from './texts';

type Prescribed = WardEvent<'med.prescribed'>;
type Line = Omit<DrugTemplate, 'when' | 'group'>;

// The allergy check folds every drug class each time: the same drug and allergies, once.
const matched = new Map<string, AllergyMatch[]>();
function allergyMatches(drug: string, allergies: Allergies): AllergyMatch[] {
  if (allergies.status !== 'known') return [];
  const key = `${drug}|${allergies.items.map((item) => item.substance).join('|')}`;
  let found = matched.get(key);
  if (!found) {
    found = matchAllergies(drug, allergies);
    matched.set(key, found);
  }
  return found;
}

/** The prescription as transcribed from the paper order, or undefined if the allergy forbids. */
function transcribe(
  ctx: StayContext,
  line: Line | PrnTemplate,
  schedule: Schedule,
  at: number,
  replaces?: EventId,
): Payload<'med.prescribed'> | undefined {
  const payload: Payload<'med.prescribed'> = {
    drug: line.drug,
    dose: line.dose,
    route: line.route,
    schedule,
    prescriber: ctx.physician,
    orderDate: ctx.clock.date(ctx.stay.census && !replaces ? ctx.stay.admitAt : at),
    highAlert: line.highAlert ?? false,
  };
  if (replaces) payload.replaces = replaces;
  // The census of the downtime comes from the hospital's file (issue 13): its orders are
  // imported, and a nurse checks each against the paper soon after.
  if (ctx.stay.census && !replaces) payload.imported = CENSUS_FILE;
  const matches = allergyMatches(line.drug, ctx.allergies);
  if (matches.length === 0) return payload;
  // A cross-reactivity checked with the prescriber is transcribed with its reason.
  if (matches.some((m) => m.kind !== 'cross') || !ctx.rng.chance(0.5)) return undefined;
  const shown = matches.map((m) => m.allergy.substance);
  const reason = `Allergie croisée vérifiée avec ${ctx.physician} : maintenu`;
  return { ...payload, allergyOverride: { shown, reason } };
}

const CENSUS_FILE = { format: 'fhir', file: 'recensement-service.json' } as const;

/** An imported order, checked by a nurse 10 to 40 minutes after it was imported. */
function checkImport(ctx: StayContext, prescribed: Prescribed, at: number): void {
  if (!prescribed.payload.imported) return;
  const checkedAt = at + ctx.rng.between(10, 40) * MINUTE;
  if (!ctx.within(checkedAt)) return;
  ctx.emit(
    'med.importChecked',
    checkedAt,
    { prescriptionId: prescribed.id },
    { after: [prescribed] },
  );
}

function administer(ctx: StayContext, prescribed: Prescribed, endsAt: number): void {
  const { schedule, dose, route } = prescribed.payload;
  const start = Date.parse(schedule.start);
  const to = Math.min(endsAt, ctx.to);
  if (to <= start) return;
  for (const due of slotsOf(ctx.clock, schedule, ctx.from, to)) {
    const dueAt = ctx.clock.iso(due);
    const outcome = ctx.rng.weighted<AdministrationOutcome>([
      ['given', 94],
      ['refused', 2.5],
      ['held', 2],
      ['not-given', 1.5],
    ]);
    const off = ctx.rng.chance(0.004)
      ? ctx.rng.between(70, 100)
      : Math.min(50, Math.max(-45, ctx.rng.normal(6, 14)));
    const at = Math.max(due + off * MINUTE, start + 2 * MINUTE);
    if (!ctx.within(at)) continue;
    let payload: Payload<'med.administered'>;
    if (outcome === 'given') {
      payload = { prescriptionId: prescribed.id, dueAt, outcome, dose, route };
      const record = { outcome, dose, dueAt, at: ctx.clock.iso(at) };
      const kinds = deviationKinds(deviationOf(prescribed.payload, record));
      if (kinds.length > 0)
        payload.deviation = { kinds, reason: 'Patient en examen à l’heure prévue' };
    } else {
      payload = {
        prescriptionId: prescribed.id,
        dueAt,
        outcome,
        reason: ctx.rng.pick(NOT_GIVEN[outcome]),
      };
    }
    ctx.correctable.push(ctx.emit('med.administered', at, payload, { after: [prescribed] }));
  }
}

/** A regular line: transcribed, given at its slots, then stopped or switched at the course's end. */
export function prescribeLine(
  ctx: StayContext,
  line: Line,
  at: number,
  replaced?: { prescription: Prescribed; stop: WardEvent },
) {
  const base = { start: ctx.clock.iso(at) };
  let schedule: Schedule = line.every
    ? { kind: 'every-n-hours', intervalHours: line.every, ...base }
    : { kind: 'fixed-times', times: [...(line.times ?? ['08:00'])], ...base };
  const courseEnd = line.days
    ? ctx.clock.atHour(at + line.days * DAY, ctx.rng.between(9, 12))
    : Infinity;
  const stops = courseEnd < ctx.to && !line.then && ctx.rng.chance(0.5);
  if (line.days && !line.then && !stops) schedule = { ...schedule, end: ctx.clock.iso(courseEnd) };
  const payload = transcribe(ctx, line, schedule, at, replaced?.prescription.id);
  if (!payload) return;
  const prescribed = ctx.emit('med.prescribed', at, payload, {
    after: replaced ? [replaced.stop] : [],
  });
  checkImport(ctx, prescribed, at);
  administer(ctx, prescribed, courseEnd);
  if (courseEnd >= ctx.to || !(stops || line.then)) return;
  const reason = line.then ? 'Relais per os' : 'Fin du traitement';
  const stop = ctx.emit(
    'med.stopped',
    courseEnd,
    { prescriptionId: prescribed.id, reason },
    { after: [prescribed] },
  );
  if (line.then) prescribeLine(ctx, line.then, courseEnd, { prescription: prescribed, stop });
}

/** A single dose ordered now (a diuretic, a fluid bolus), given at once. */
export function prescribeOnce(ctx: StayContext, line: Line, at: number): void {
  const payload = transcribe(
    ctx,
    line,
    { kind: 'once', start: ctx.clock.iso(at + 5 * MINUTE) },
    at,
  );
  if (!payload) return;
  const prescribed = ctx.emit('med.prescribed', at, payload);
  administer(ctx, prescribed, at + DAY);
}

function prnDoses(ctx: StayContext, prescribed: Prescribed, line: PrnTemplate): void {
  const gap = Math.max(line.minIntervalHours, 24 / line.maxDosesPer24h) * HOUR + 30 * MINUTE;
  let last = -Infinity;
  for (let day = ctx.from; day < ctx.to; day += DAY) {
    const count = Math.floor(line.rate + ctx.rng.next());
    const times = Array.from({ length: count }, () => day + ctx.rng.between(1, 23) * HOUR).sort(
      (a, b) => a - b,
    );
    for (const at of times) {
      if (at - last < gap || !ctx.within(at) || at < Date.parse(prescribed.payload.schedule.start))
        continue;
      last = at;
      const payload: Payload<'med.administered'> = {
        prescriptionId: prescribed.id,
        dueAt: null,
        outcome: 'given',
        dose: line.dose,
        route: line.route,
        prnIndication: ctx.rng.pick(line.given),
      };
      ctx.correctable.push(ctx.emit('med.administered', at, payload, { after: [prescribed] }));
    }
  }
}

/** The orders of the admission: regular lines of the diagnosis and age, and a few as needed. */
export function prescribeAdmission(ctx: StayContext, at: number): void {
  const groups = new Set<string>();
  const roll = () => ctx.rng.next();
  let minute = 0;
  for (const template of DRUGS) {
    if (groups.has(template.group) || !wanted(template.when, ctx.tags, roll)) continue;
    groups.add(template.group);
    prescribeLine(ctx, template, at + minute++ * MINUTE);
  }
  for (const line of PRNS) {
    if (groups.has(line.group) || !wanted(line.when, ctx.tags, roll)) continue;
    groups.add(line.group);
    const schedule: Schedule = {
      kind: 'prn',
      maxDosesPer24h: line.maxDosesPer24h,
      minIntervalHours: line.minIntervalHours,
      indication: line.indication,
      start: ctx.clock.iso(at),
      ...(line.maxAmountPer24h ? { maxAmountPer24h: line.maxAmountPer24h } : {}),
    };
    const payload = transcribe(ctx, line, schedule, at + minute++ * MINUTE);
    if (!payload) continue;
    const prescribed = ctx.emit('med.prescribed', at + minute * MINUTE, payload);
    checkImport(ctx, prescribed, at + minute * MINUTE);
    prnDoses(ctx, prescribed, line);
  }
}
