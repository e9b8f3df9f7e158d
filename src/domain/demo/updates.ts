import type { Payload } from '../events';
import type { Identity } from '../identity';
import { DAY, HOUR } from './clock';
import type { StayContext } from './context';

type Admitted = Payload<'patient.admitted'>;
type Update = Payload<'patient.updated'>;

/**
 * Changes to the header during a stay, each with its reason: the SpO2 target of a COPD, a
 * limitation of care decided before a death, a weight, a diet, an allergy the family
 * reports, first names read on an identity document. Returns when scale 2 starts, if it does.
 */
export function patientUpdates(
  ctx: StayContext,
  severity: (at: number) => number,
  identity: Identity,
  admitted: Admitted,
): number | null {
  const { rng } = ctx;
  const update = (at: number, payload: Update) => {
    if (ctx.within(at)) ctx.emit('patient.updated', at, payload, { who: 'nurse' });
    return ctx.within(at);
  };
  let scaleFrom: number | null = null;
  if (ctx.tags.has('copd')) {
    const at = ctx.from + rng.between(2, 6) * HOUR;
    const reason = `Cible SpO2 88–92 % prescrite par ${ctx.physician} (BPCO hypercapnique)`;
    if (update(at, { clinical: { spo2Scale: 2 }, reason })) scaleFrom = at;
  }
  if (ctx.stay.course === 'palliative') {
    // Decided when the patient worsens: the first time the severity passes one half.
    let at = ctx.from;
    while (at < ctx.to && severity(at) < 0.5) at += 2 * HOUR;
    update(at, {
      clinical: { levelOfCare: 'comfort' },
      reason: `Décision collégiale de soins de confort (${ctx.physician}), famille informée`,
    });
  }
  if (admitted.weightKg === undefined && rng.chance(0.5)) {
    const weightKg = Math.round(rng.normal(70, 14) * 10) / 10;
    update(ctx.from + rng.between(0.5, 1.5) * DAY, { clinical: { weightKg }, reason: 'Pesée' });
  }
  if (rng.chance(0.08)) {
    update(ctx.from + rng.between(1, 3) * DAY, {
      clinical: { diet: 'Mixé, eau gélifiée' },
      reason: 'Troubles de la déglutition (avis orthophoniste)',
    });
  }
  if (admitted.allergies?.status === 'noneKnown' && rng.chance(0.04)) {
    const item = rng.pick([
      { substance: 'Latex', reaction: 'Eczéma de contact', severity: 'moderate' as const },
      { substance: 'Arachide', severity: 'unknown' as const },
    ]);
    update(ctx.from + rng.between(0.5, 2) * DAY, {
      clinical: { allergies: { status: 'known', items: [item] } },
      reason: 'Allergie signalée par la famille',
    });
  }
  if (identity.firstNames === undefined && rng.chance(0.2)) {
    update(ctx.from + rng.between(0.2, 2) * DAY, {
      identity: {
        firstNames: `${identity.firstName} ${identity.sex === 'F' ? 'Marie' : 'Joseph'}`,
      },
      reason: 'Prénoms de naissance relevés sur la pièce d’identité',
    });
  }
  return scaleFrom;
}
