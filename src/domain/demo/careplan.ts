import type { Payload, WardEvent } from '../events';
import type { Schedule } from '../schedule';
import { CARE, wanted, type CareTemplate } from './catalog';
import { DAY, MINUTE } from './clock';
import type { StayContext } from './context';
import { slotsOf } from './slots';
import { CARE_NOT_DONE } from './texts';

type Planned = WardEvent<'care.planned'>;

function chart(ctx: StayContext, planned: Planned, endsAt: number): Planned {
  const { schedule } = planned.payload;
  const start = Date.parse(schedule.start);
  const to = Math.min(endsAt, ctx.to);
  if (to <= start) return planned;
  for (const due of slotsOf(ctx.clock, schedule, ctx.from, to)) {
    const dueAt = ctx.clock.iso(due);
    const at = Math.max(
      due + Math.min(50, Math.max(-40, ctx.rng.normal(5, 15))) * MINUTE,
      start + MINUTE,
    );
    if (!ctx.within(at)) continue;
    const payload: Payload<'care.done'> = ctx.rng.chance(0.96)
      ? { careId: planned.id, dueAt, outcome: 'done' }
      : { careId: planned.id, dueAt, outcome: 'not-done', reason: ctx.rng.pick(CARE_NOT_DONE) };
    ctx.correctable.push(ctx.emit('care.done', at, payload, { after: [planned] }));
  }
  return planned;
}

/** One care item planned at `at`, charted at its times until `endsAt` (then stopped). */
export function planCare(
  ctx: StayContext,
  template: CareTemplate,
  at: number,
  endsAt = Infinity,
  stopReason?: string,
) {
  const base = { start: ctx.clock.iso(at) };
  const schedule: Schedule = template.every
    ? { kind: 'every-n-hours', intervalHours: template.every, ...base }
    : { kind: 'fixed-times', times: [...(template.times ?? ['08:00'])], ...base };
  const payload: Payload<'care.planned'> = { item: template.item, label: template.label, schedule };
  const planned = chart(ctx, ctx.emit('care.planned', at, payload, { who: 'nurse' }), endsAt);
  if (endsAt < ctx.to && stopReason) {
    ctx.emit(
      'care.stopped',
      endsAt,
      { careId: planned.id, reason: stopReason },
      { after: [planned] },
    );
  }
}

/** The care plan written at admission; a urinary catheter or a drip may come out on the way. */
export function planAdmissionCare(ctx: StayContext, at: number): void {
  const roll = () => ctx.rng.next();
  CARE.forEach((template, index) => {
    if (!wanted(template.when, ctx.tags, roll)) return;
    const when = at + index * MINUTE;
    if (template.item === 'catheterCare' && ctx.rng.chance(0.5)) {
      planCare(ctx, template, when, when + ctx.rng.between(2, 4) * DAY, 'Sonde urinaire retirée');
    } else if (template.item === 'ivLineCare' && ctx.rng.chance(0.4)) {
      planCare(ctx, template, when, when + ctx.rng.between(2, 5) * DAY, 'Voie veineuse retirée');
    } else {
      planCare(ctx, template, when);
    }
  });
}
