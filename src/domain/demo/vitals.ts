import type { Payload, WardEvent } from '../events';
import { triggersEscalation } from '../escalation';
import type { InformedRole } from '../escalationSchema';
import { gramsPerLitreToMmol } from '../vitals';
import { news2FromVitals, type Spo2Scale } from '../vitalsChart';
import { DAY, HOUR, MINUTE } from './clock';
import type { StayContext } from './context';
import { prescribeOnce } from './meds';
import { ESCALATION_RESPONSES } from './texts';

type Vitals = Payload<'vitals.recorded'>;

const BOLUS = {
  drug: 'Chlorure de sodium 0,9 % 500 mL en 30 min',
  dose: { value: 500, unit: 'mL' },
  route: 'IV',
} as const;

const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));
const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * How ill the patient is at an instant, 0 (well) to about 1 (NEWS2 7 and more): a little
 * more on arrival, then the course — a worsening that recovers, or one that ends the stay.
 */
export function severityOf(ctx: StayContext): (at: number) => number {
  const { stay, rng } = ctx;
  const base = rng.between(0, 0.12);
  const length = (stay.dischargeAt ?? ctx.to + DAY) - stay.admitAt;
  let peak = Infinity;
  let rise = DAY;
  const fall = 2 * DAY;
  let height = 0;
  if (stay.course === 'recovers') {
    peak = stay.admitAt + rng.between(0.25, 0.6) * length;
    height = rng.between(0.7, 0.95);
  } else if (stay.course !== 'stable') {
    peak = stay.dischargeAt ?? ctx.to + DAY / 2;
    rise = stay.course === 'transfer' ? 1.5 * DAY : 3 * DAY;
    height = stay.course === 'transfer' ? 1.05 : 1.15;
  }
  return (at) => {
    const arrival = Math.max(0, 0.2 * (1 - (at - stay.admitAt) / (2 * DAY)));
    const episode =
      at <= peak
        ? height * Math.max(0, 1 - (peak - at) / rise)
        : height * Math.max(0, 1 - (at - peak) / fall);
    return base + arrival + episode;
  };
}

/** A full set (the seven NEWS2 parameters and pain) for a patient at severity `s`. */
function fullSet(ctx: StayContext, s: number, scale: Spo2Scale, baseline: number[]): Vitals {
  const { rng } = ctx;
  const [rr = 15, spo2 = 96, sys = 130, pulse = 78, temp = 36.8] = baseline;
  const infection = (['lung', 'urine', 'skin'] as const).some((tag) => ctx.tags.has(tag));
  const systolicBp = Math.round(clamp(sys - 40 * s + rng.normal(0, 6), 60, 220));
  const air = spo2 - 9 * s + rng.normal(0, 0.8);
  const set: Vitals = {
    respiratoryRate: Math.round(clamp(rr + 12 * s + rng.normal(0, 1), 8, 45)),
    spo2: Math.round(clamp(air, 70, 100)),
    onOxygen: false,
    systolicBp,
    diastolicBp: Math.round(clamp(systolicBp * 0.58 + rng.normal(0, 4), 35, systolicBp - 15)),
    pulse: Math.round(clamp(pulse + 40 * s + rng.normal(0, 4), 40, 180)),
    consciousness: s > 1.05 ? 'V' : s > 0.85 && rng.chance(0.6) ? 'C' : 'A',
    temperature: tenth(clamp(temp + (infection ? 2.3 : 0.8) * s + rng.normal(0, 0.15), 35, 41)),
    pain: clamp(Math.round(s * 5 + rng.normal(1, 1.2)), 0, 10),
  };
  if (scale === 2) set.spo2Scale = 2;
  if (air < (scale === 2 ? 88 : 92)) {
    set.onOxygen = true;
    if (air < 88 && scale === 1) {
      set.oxygenDevice = 'venturi';
      set.oxygenPercent = rng.pick([28, 35, 40]);
    } else {
      set.oxygenDevice = 'nasal-cannula';
      set.oxygenFlow = scale === 2 ? rng.pick([1, 1.5, 2]) : rng.int(2, 4);
    }
    set.spo2 = Math.round(scale === 2 ? rng.between(88, 92.4) : clamp(air + 5, 90, 99));
  }
  return set;
}

function escalate(ctx: StayContext, vitals: WardEvent, at: number, total: number): void {
  if (!ctx.within(at)) return;
  const hour = ctx.clock.hour(at);
  const day = hour >= 8 && hour < 18;
  const role: InformedRole =
    total >= 7 && ctx.stay.course !== 'palliative' ? 'met' : day ? 'physician' : 'intern';
  const name =
    role === 'physician' ? ctx.physician : role === 'intern' ? 'Interne de garde' : undefined;
  const payload: Payload<'escalation.informed'> = {
    vitalsEventId: vitals.id,
    role,
    response: ctx.rng.pick(ESCALATION_RESPONSES),
    ...(name ? { name } : {}),
  };
  ctx.emit('escalation.informed', at, payload, { after: [vitals] });
}

/** Full sets as often as the last NEWS2 asks, calls when it triggers, and partial sets. */
export function chartVitals(ctx: StayContext, scaleFrom: number | null): void {
  const { rng } = ctx;
  const severity = severityOf(ctx);
  const copd = ctx.tags.has('copd');
  const baseline = [
    rng.normal(15, 1.5),
    copd ? 93 : rng.normal(96.5, 1),
    rng.normal(132, 14),
    rng.normal(78, 8),
    rng.normal(36.8, 0.2),
  ];
  let treated = false;
  for (let t = ctx.from + rng.between(10, 40) * MINUTE; t < ctx.to;) {
    const scale: Spo2Scale = scaleFrom !== null && t >= scaleFrom ? 2 : 1;
    const payload = fullSet(ctx, severity(t), scale, baseline);
    const event = ctx.emit('vitals.recorded', t, payload);
    const attempt = news2FromVitals(payload, scale);
    const news = attempt.kind === 'scored' ? attempt.result : null;
    if (news && triggersEscalation(news) && rng.chance(0.93)) {
      const called = t + rng.between(5, 20) * MINUTE;
      escalate(ctx, event, called, news.total);
      // The first call of a worsening: the physician orders a fluid bolus.
      if (!treated && ctx.stay.course === 'recovers' && ctx.within(called + 15 * MINUTE)) {
        treated = true;
        prescribeOnce(ctx, BOLUS, called + 15 * MINUTE);
      }
    }
    const interval = !news ? 6 : triggersEscalation(news) ? 1 : news.total > 0 ? 4 : 6;
    t += interval * HOUR + rng.normal(0, 12) * MINUTE;
  }
  partialSets(ctx, severity);
}

/** Pain alone five times a day, glycaemia for diabetics, weight and urine output. */
function partialSets(ctx: StayContext, severity: (at: number) => number): void {
  const { rng, clock } = ctx;
  const each = (hour: number, make: (at: number) => Vitals | null) => {
    for (let day = clock.atHour(ctx.from, 0); day < ctx.to; day += DAY) {
      const at = clock.atHour(day + 12 * HOUR, hour) + rng.normal(0, 10) * MINUTE;
      const payload = ctx.within(at) ? make(at) : null;
      if (payload) ctx.correctable.push(ctx.emit('vitals.recorded', at, payload));
    }
  };
  for (const hour of [7, 10, 13, 16, 21]) {
    each(hour, (at) => ({ pain: clamp(Math.round(severity(at) * 4 + rng.normal(1, 1.3)), 0, 10) }));
  }
  if (ctx.tags.has('diabetes')) {
    for (const hour of [7.5, 11.5, 18.5, 22]) {
      each(hour, () => {
        const gramsPerLitre = Math.round(clamp(rng.normal(1.6, 0.5), 0.6, 4.5) * 100) / 100;
        return {
          bloodGlucose: gramsPerLitreToMmol(gramsPerLitre),
          bloodGlucoseUnit: 'mmol/L',
          bloodGlucoseAsEntered: { value: gramsPerLitre, unit: 'g/L' },
        };
      });
    }
  }
  if (ctx.tags.has('heart')) {
    const weight = tenth(rng.normal(78, 12));
    each(7, () => ({ weight: tenth(weight + rng.normal(0, 0.6)) }));
  }
  if (ctx.tags.has('catheter') || ctx.tags.has('heart')) {
    each(6, () => ({ urineOutput: rng.int(700, 2200), urinePeriodHours: 24 }));
  }
}
