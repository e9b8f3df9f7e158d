import { beforeEach, describe, expect, it } from 'vitest';
import { recordVitals, voidEntry } from '../../../src/db/chartWrites';
import { db } from '../../../src/db/db';
import { attempt } from '../../../src/db/errors';
import { readEscalationSources, recordEscalation } from '../../../src/db/escalationWrites';
import { readPatient } from '../../../src/db/patients';
import { escalationDue } from '../../../src/domain/escalation';
import type { PatientId } from '../../../src/domain/ids';
import { toIsoWithOffset } from '../../../src/domain/time';
import { freshWard } from './fixtures';
import { admission, admit, hoursAgo } from './patientFixtures';

beforeEach(freshWard);

/** NEWS2 5: RR 22 (2), SpO2 95 (1), pulse 95 (1), 38.4 °C (1). */
const FIVE = {
  respiratoryRate: 22,
  spo2: 95,
  onOxygen: false,
  systolicBp: 120,
  pulse: 95,
  consciousness: 'A' as const,
  temperature: 38.4,
};

const issuesOf = async (write: () => Promise<unknown>) => {
  const result = await attempt(write);
  if (result.ok) return [];
  return result.failure.kind === 'validation' ? result.failure.issues : [result.failure.kind];
};

const dueFor = async (id: PatientId) => {
  const patient = await readPatient(id);
  if (!patient) throw new Error('no patient');
  const now = toIsoWithOffset(new Date());
  return escalationDue(await readEscalationSources(patient), now, patient.header.levelOfCare);
};

describe('recording who was informed', () => {
  it('answers the set from the board’s sources, and a voided call asks again', async () => {
    const id = await admit({ levelOfCare: 'noIcu' });
    const set = await recordVitals(id, FIVE, hoursAgo(2));
    expect((await dueFor(id))?.message).toEqual({
      urgency: 'urgent',
      callMet: false,
      limitation: 'noIcu',
    });
    const call = await recordEscalation(
      id,
      { vitalsEventId: set.id, role: 'physician', name: 'Dr Roux', response: 'Passe à 11 h' },
      hoursAgo(1),
    );
    expect(call.payload).toMatchObject({ role: 'physician', name: 'Dr Roux' });
    expect(await dueFor(id)).toBeNull();
    await voidEntry(call.id, 'Mauvais patient');
    expect((await dueFor(id))?.vitals.id).toBe(set.id);
    await voidEntry(set.id, 'Constantes d’un autre patient');
    expect(await dueFor(id)).toBeNull();
  });

  it('refuses a call before the set, for another patient’s set, or without a role', async () => {
    const id = await admit();
    const other = await admit(
      { identity: { ...admission('PETIT').identity, ipp: '87654321' } },
      'PETIT',
    );
    const set = await recordVitals(id, FIVE, hoursAgo(2));
    expect(
      await issuesOf(() =>
        recordEscalation(id, { vitalsEventId: set.id, role: 'physician' }, hoursAgo(3)),
      ),
    ).toEqual([{ path: 'at', code: 'beforeVitals' }]);
    expect(
      await issuesOf(() =>
        recordEscalation(other, { vitalsEventId: set.id, role: 'physician' }, hoursAgo(1)),
      ),
    ).toEqual([{ path: 'payload.vitalsEventId', code: 'notVitals' }]);
    expect(
      await issuesOf(() =>
        recordEscalation(id, { vitalsEventId: set.id, role: '' as 'met' }, hoursAgo(1)),
      ),
    ).toEqual([{ path: 'payload.role', code: 'required' }]);
    expect(await db.events.where('type').equals('escalation.informed').count()).toBe(0);
  });
});
