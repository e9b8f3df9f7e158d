import { afterEach, describe, expect, it } from 'vitest';
import { buildEvent, writeEvents, type EventDraft } from '../../../src/db/append';
import { planCare, recordCare, stopCare } from '../../../src/db/careWrites';
import { recordVitals } from '../../../src/db/chartWrites';
import { recordEscalation } from '../../../src/db/escalationWrites';
import { administer, prescribe, stopPrescription } from '../../../src/db/medWrites';
import { lockSession } from '../../../src/db/session';
import type { EventType } from '../../../src/domain/events';
import type { PatientId } from '../../../src/domain/ids';
import { countDecryptions } from './decryptCounter';
import { freshWard } from './fixtures';
import { admit, hoursAgo, paracetamol, prnDose, prnForPain } from './patientFixtures';

// Issue 11, point 6: the checks of a care, medication or escalation write read what they
// check (plans, doses, corrections, the set called about), not the patient's whole log: a
// write decrypts as many events after a long stay of vitals and notes as after a short one.

afterEach(() => lockSession());

const SET = {
  respiratoryRate: 22,
  spo2: 95,
  onOxygen: false,
  systolicBp: 120,
  pulse: 95,
  consciousness: 'A' as const,
  temperature: 38.4,
};

/** `count` vitals sets and targeted notes charted between admission and now. */
async function charted(patientId: PatientId, count: number) {
  const drafts: EventDraft<EventType>[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = hoursAgo(4.5 - (4 * i) / count);
    drafts.push(
      i % 2
        ? { type: 'vitals.recorded', patientId, at, payload: SET }
        : { type: 'note.targeted', patientId, at, payload: { target: 'Douleur', data: 'EVA 4' } },
    );
  }
  await writeEvents(await Promise.all(drafts.map((draft) => buildEvent(draft))));
}

/** Events decrypted by `write`. */
async function decrypted(write: () => Promise<unknown>): Promise<number> {
  const counter = countDecryptions();
  try {
    await write();
    return counter.records('events');
  } finally {
    counter.stop();
  }
}

/** Every checked write of care, medication and escalation, on a patient with `filler` entries. */
async function writes(filler: number) {
  await freshWard();
  const id = await admit();
  await charted(id, filler);
  const set = await recordVitals(id, SET, hoursAgo(2));
  const prn = prnForPain();
  const rx = await prescribe(id, paracetamol(prn));
  const care = await planCare(id, {
    item: 'dressing',
    schedule: { kind: 'every-n-hours', intervalHours: 12, start: hoursAgo(4) },
  });
  const dueAt = care.payload.schedule.start;
  const dose = prnDose(rx.id);
  return {
    prescribe: await decrypted(() => prescribe(id, paracetamol(prn))),
    administer: await decrypted(() => administer(id, dose, hoursAgo(1))),
    stopPrescription: await decrypted(() => stopPrescription(id, rx.id, 'Douleur calmée')),
    recordCare: await decrypted(() => recordCare(id, { careId: care.id, dueAt, outcome: 'done' })),
    stopCare: await decrypted(() => stopCare(id, care.id, 'Cicatrisé')),
    escalation: await decrypted(() =>
      recordEscalation(id, { vitalsEventId: set.id, role: 'physician' }, hoursAgo(1)),
    ),
  };
}

describe('the checks of a write read what they check', () => {
  it('decrypt as many events after 60 entries of vitals and notes as after 4', async () => {
    const short = await writes(4);
    const long = await writes(60);
    expect(long).toEqual(short);
  }, 60_000);
});
