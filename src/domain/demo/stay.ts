import type { Allergies } from '../admission';
import type { Discharge } from '../header';
import type { Payload } from '../events';
import { generateTempId, TEMP_ID_RANDOM_RANGE } from '../tempId';
import { ALLERGIES, DIAGNOSES, PHYSICIANS, type Tag } from './catalog';
import { planAdmissionCare } from './careplan';
import { DAY, HOUR, MINUTE } from './clock';
import { StayContext } from './context';
import type { Emitter } from './emitter';
import { prescribeAdmission } from './meds';
import { correct, writeNotes } from './notes';
import type { DemoBed, Stay } from './occupancy';
import { drawBirthDate, drawIdentity, drawIpp } from './people';
import { nth, type Rng } from './random';
import { chartVitals, severityOf } from './vitals';
import { patientUpdates } from './updates';

/** Identifiers already given in this ward: an IPP or a temporary id is never given twice. */
export interface Identifiers {
  ipps: Set<string>;
  tempIds: Set<string>;
  /** Printed on blank admission sheets at the start; used first for arrivals without an IPP. */
  reserved: string[];
}

function drawTempId(rng: Rng, emitter: Emitter, group: number, ids: Identifiers): string {
  if (ids.reserved.length > 0 && rng.chance(0.3)) return ids.reserved.shift() as string;
  for (;;) {
    const id = generateTempId(
      nth(emitter.devices, 1 + group),
      rng.int(0, TEMP_ID_RANDOM_RANGE - 1),
    );
    if (!ids.tempIds.has(id)) {
      ids.tempIds.add(id);
      return id;
    }
  }
}

function drawTags(rng: Rng, diagnosis: readonly Tag[]): Set<Tag> {
  const tags = new Set<Tag>(diagnosis);
  if (rng.chance(0.5)) tags.add('hypertension');
  if (rng.chance(0.22)) tags.add('diabetes');
  if (rng.chance(0.1)) tags.add('af');
  if (rng.chance(0.08)) tags.add('catheter');
  if (!tags.has('dependent') && !tags.has('partial')) {
    const level = rng.weighted<Tag | null>([
      ['dependent', 20],
      ['partial', 35],
      [null, 45],
    ]);
    if (level) tags.add(level);
  }
  return tags;
}

function drawAllergies(rng: Rng): Allergies {
  if (rng.chance(0.72)) return { status: 'noneKnown' };
  return {
    status: 'known',
    items: rng.some(
      ALLERGIES,
      rng.weighted([
        [1, 80],
        [2, 20],
      ]),
    ),
  };
}

function destination(rng: Rng, stay: Stay): Discharge {
  if (stay.course === 'transfer')
    return {
      destination: 'ward',
      detail: rng.pick(['Réanimation médicale', 'Unité de soins continus']),
    };
  if (stay.course === 'palliative') return { destination: 'death' };
  return rng.weighted<Discharge>([
    [{ destination: 'home' }, 60],
    [{ destination: 'careFacility', detail: 'EHPAD Les Glycines' }, 8],
    [{ destination: 'careFacility', detail: 'SMR Les Tilleuls' }, 8],
    [{ destination: 'hospital', detail: 'CHU Henri-Mondor' }, 7],
    [{ destination: 'ward', detail: rng.pick(['Cardiologie', 'Gériatrie aiguë']) }, 10],
    [{ destination: 'againstAdvice' }, 2],
    [{ destination: 'other', detail: 'Hospitalisation à domicile' }, 5],
  ]);
}

/** Everything charted for one stay, from the admission (or census) to the discharge. */
export function chartStay(
  emitter: Emitter,
  rng: Rng,
  stay: Stay,
  beds: readonly DemoBed[],
  window: { start: number; end: number; censusRank: number },
  ids: Identifiers,
): void {
  const { clock } = emitter;
  const firstBed = nth(beds, nth(stay.beds, 0).bed);
  const identity = drawIdentity(
    rng,
    stay.sex,
    drawBirthDate(rng, Number(clock.date(window.start).slice(0, 4))),
  );
  if (!stay.census && rng.chance(0.55))
    identity.tempId = drawTempId(rng, emitter, firstBed.group, ids);
  else identity.ipp = drawIpp(rng, ids.ipps);
  const [reason, diagnosis] = rng.pick(DIAGNOSES);
  const tags = drawTags(rng, diagnosis);
  const allergies = drawAllergies(rng);
  const physician = rng.pick(PHYSICIANS);
  const from = Math.max(stay.admitAt, window.start) + rng.between(5, 15) * MINUTE;
  const to = Math.min(stay.dischargeAt ?? window.end, window.end);
  const ctx = new StayContext(rng, emitter, stay, beds, from, to, tags, allergies, physician);
  const payload: Payload<'patient.admitted'> = {
    identity,
    admittedAt: clock.iso(stay.admitAt),
    reason,
    physician,
    allergies,
    isolation: rng.weighted([
      [['none'], 85],
      [['contact'], 10],
      [['droplet'], 3],
      [['contact', 'droplet'], 2],
    ]),
    bedId: firstBed.bedId,
  };
  if (rng.chance(0.8)) payload.weightKg = Math.round(rng.normal(72, 15) * 10) / 10;
  if (rng.chance(0.6)) payload.heightCm = Math.round(rng.normal(167, 9));
  if (rng.chance(0.5))
    payload.diet = rng.pick(['Normal', 'Sans sel', 'Diabétique', 'Mixé', 'Hyperprotidique']);
  const care =
    stay.course === 'transfer'
      ? null
      : rng.weighted([
          ['full', 30],
          ['noCpr', 12],
          ['noIcu', 8],
          [null, 50],
        ] as const);
  if (care) payload.levelOfCare = care;
  if (rng.chance(0.5))
    payload.trustedPerson = {
      name: `${rng.pick(['Mme', 'M.'])} ${identity.usedName ?? identity.birthName}`,
      relationship: rng.pick(['Fille', 'Fils', 'Conjoint(e)', 'Nièce']),
      phone: `06 ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
    };
  // The census of the downtime is typed in at the start, for stays that began before it.
  const delay = stay.census
    ? window.start + window.censusRank * 2 * MINUTE - stay.admitAt
    : undefined;
  ctx.admission = ctx.emit('patient.admitted', stay.admitAt, payload, {
    who: 'nurse',
    ...(delay === undefined ? {} : { delay }),
  });
  ctx.emit(
    'note.targeted',
    from + 5 * MINUTE,
    stay.census
      ? {
          target: 'Relève',
          data: `Présent au début de la procédure dégradée. Motif d’hospitalisation : ${reason}.`,
        }
      : {
          target: 'Entrée',
          data: `Motif : ${reason}.`,
          actions: 'Installation, bracelet d’identification posé, inventaire, constantes.',
        },
  );
  prescribeAdmission(ctx, from + rng.between(20, 90) * MINUTE);
  planAdmissionCare(ctx, from + rng.between(30, 100) * MINUTE);
  const scaleFrom = patientUpdates(ctx, severityOf(ctx), identity, payload);
  for (const move of stay.beds.slice(1)) {
    if (ctx.within(move.from))
      ctx.emit('patient.moved', move.from, { bedId: nth(beds, move.bed).bedId }, { who: 'nurse' });
  }
  if (identity.tempId && rng.chance(0.45)) {
    const at = stay.admitAt + rng.between(0.5, 3) * DAY;
    if (ctx.within(at))
      ctx.emit(
        'patient.identifierLinked',
        at,
        { tempId: identity.tempId, ipp: drawIpp(rng, ids.ipps) },
        { who: 'nurse' },
      );
  }
  chartVitals(ctx, scaleFrom);
  writeNotes(ctx);
  correct(ctx);
  if (stay.dischargeAt !== null && stay.dischargeAt < window.end) {
    const out = destination(rng, stay);
    ctx.emit('note.targeted', stay.dischargeAt - HOUR, {
      target: out.destination === 'death' ? 'Décès' : 'Sortie',
      data:
        out.destination === 'death'
          ? 'Décès constaté par le médecin, famille prévenue.'
          : 'Sortie organisée, ordonnances et courrier remis.',
    });
    ctx.emit('patient.discharged', stay.dischargeAt, out, { who: 'nurse' });
  }
}
