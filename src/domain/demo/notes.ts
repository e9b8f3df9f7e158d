import type { Payload, WardEvent } from '../events';
import { DAY, HOUR, MINUTE } from './clock';
import type { StayContext } from './context';
import { prescribeLine } from './meds';
import { CALLERS, RESULT_NOTES, RESULTS, SHIFT_NOTES, VOID_REASONS } from './texts';

const POTASSIUM = {
  drug: 'Chlorure de potassium (Diffu-K) 600 mg',
  dose: { value: 2, unit: 'capsule' },
  route: 'PO',
  times: ['08:00', '12:00', '20:00'],
  days: 3,
} as const;

/** A targeted note or two per shift, a later one with results, and results phoned in. */
export function writeNotes(ctx: StayContext): void {
  const { rng, clock } = ctx;
  for (let day = clock.atHour(ctx.from, 0); day < ctx.to; day += DAY) {
    for (const hour of [10, 12.5, 16.5, 19.5, 1.5, 5.5]) {
      const at = clock.atHour(day + 12 * HOUR, hour) + rng.normal(0, 30) * MINUTE;
      if (!ctx.within(at) || !rng.chance(0.8)) continue;
      const [target, data, actions, results] = rng.pick(SHIFT_NOTES);
      const payload: Payload<'note.targeted'> = { target, data, actions };
      if (results && rng.chance(0.5)) payload.results = results;
      ctx.correctable.push(ctx.emit('note.targeted', at, payload));
      const follow = RESULT_NOTES.find(([t]) => t === target);
      const later = at + rng.between(2, 5) * HOUR;
      if (follow && !payload.results && ctx.within(later) && rng.chance(0.6)) {
        ctx.emit('note.targeted', later, { target, results: follow[1] });
      }
    }
    const at = clock.atHour(day + 12 * HOUR, rng.between(9, 17));
    if (ctx.within(at) && rng.chance(0.45)) phoneResult(ctx, at);
  }
}

function phoneResult(ctx: StayContext, at: number): void {
  const { rng } = ctx;
  const [test, unit, values] = rng.pick(RESULTS);
  const value = rng.pick(values);
  const payload: Payload<'result.phoned'> = {
    test,
    value,
    calledBy: rng.pick(CALLERS),
    readBack: rng.chance(0.96),
    ...(unit ? { unit } : {}),
  };
  const phoned = ctx.emit('result.phoned', at, payload);
  if (test === 'Kaliémie' && value === '3,1' && !ctx.tags.has('heart')) {
    prescribeLine(ctx, POTASSIUM, at + rng.between(20, 60) * MINUTE);
  } else if (rng.chance(0.3)) {
    const note = {
      target: 'Résultat biologique',
      data: `${test} : ${value}${unit ? ` ${unit}` : ''}`,
      actions: `${ctx.physician} informé.`,
    };
    ctx.emit('note.targeted', at + 10 * MINUTE, note, { after: [phoned] });
  }
}

/**
 * A few entries struck out (about 1 in 150): a value of another patient, a note in the wrong
 * record, a care ticked by mistake; a wrong dose entry is entered again. Now and then the
 * correction itself was the mistake and is struck out too.
 */
export function correct(ctx: StayContext): void {
  const { rng, emitter } = ctx;
  const count = Math.floor(ctx.correctable.length / 150 + rng.next());
  for (const target of rng.some(ctx.correctable, count)) {
    const at = emitter.recordedMs(target) + rng.between(10, 240) * MINUTE;
    if (!ctx.within(at)) continue;
    const reason =
      target.type === 'med.administered'
        ? VOID_REASONS.dose
        : target.type === 'care.done'
          ? VOID_REASONS.care
          : target.type === 'note.targeted'
            ? VOID_REASONS.note
            : VOID_REASONS.vitals;
    const voided = strike(ctx, target, at, reason);
    if (target.type === 'med.administered') {
      ctx.emit('med.administered', Date.parse(target.at), target.payload, { after: [voided] });
    } else if (target.type === 'note.targeted' && rng.chance(0.15)) {
      strike(ctx, voided, at + rng.between(5, 60) * MINUTE, VOID_REASONS.undo);
    }
  }
}

function strike(ctx: StayContext, target: WardEvent, at: number, reason: string): WardEvent {
  const payload = { eventId: target.id, reason };
  return ctx.emit('event.voided', at, payload, {
    after: [target],
    delay: ctx.rng.between(0, 1) * MINUTE,
  });
}
