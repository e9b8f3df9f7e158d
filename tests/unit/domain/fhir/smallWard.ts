import type { WardEvent } from '../../../../src/domain/events';
import type { DeviceId, EventId, WardId } from '../../../../src/domain/ids';
import { bruno, chart, paris, voidOf } from '../chartFixtures';
import { bed } from '../eventFixtures';

// A small ward log for the export tests, every id a real UUID (ids become urn:uuid fullUrls).

export const PATIENT = '0193a0e4-1c2d-7e3f-8a9b-0000000000a1';
export const OTHER = '0193a0e4-1c2d-7e3f-8a9b-0000000000a2';
const DEVICE = '0193a0e4-1c2d-7e3f-8a9b-0000000000d1' as DeviceId;
const WARD = '0193a0e4-1c2d-7e3f-8a9b-0000000000f1' as WardId;
export const TEMP_ID = 'TMP-0000-0000-0';

const at = (event: WardEvent): WardEvent => ({ ...event, deviceId: DEVICE, wardId: WARD });
type IdentityInput = {
  birthName: string;
  firstName: string;
  birthDate: string;
  sex: 'F' | 'M';
  tempId?: string;
  ipp?: string;
};
const admission = (patientId: string, identity: IdentityInput, wall: string) =>
  chart(
    'patient.admitted',
    {
      identity,
      admittedAt: paris(wall),
      reason: 'Pneumopathie',
      physician: 'Dr Martin',
      allergies: {
        status: 'known',
        items: [{ substance: 'Pénicilline', reaction: 'Urticaire', severity: 'moderate' }],
      },
      isolation: ['none'],
      bedId: bed(4),
    },
    paris(wall),
    { patientId },
  );

/** Two patients: the first arrived without an IPP and was charted a whole day. */
export function smallWard() {
  const admitted = admission(
    PATIENT,
    {
      birthName: 'DURAND',
      firstName: 'Jeanne',
      birthDate: '1950-04-12',
      sex: 'F',
      tempId: TEMP_ID,
    },
    '2026-01-10T08:00',
  );
  const other = admission(
    OTHER,
    { birthName: 'MARTIN', firstName: 'Paul', birthDate: '1941-02-03', sex: 'M', ipp: '7654321' },
    '2026-01-10T09:00',
  );
  const p = { patientId: PATIENT };
  const fullSet = chart(
    'vitals.recorded',
    {
      respiratoryRate: 22,
      spo2: 93,
      spo2Scale: 1,
      onOxygen: true,
      oxygenDevice: 'nasal-cannula',
      oxygenFlow: 2,
      systolicBp: 105,
      diastolicBp: 60,
      pulse: 112,
      consciousness: 'A',
      temperature: 38.4,
      pain: 4,
      bloodGlucose: 14.2,
      bloodGlucoseUnit: 'mmol/L',
      bloodGlucoseAsEntered: { value: 2.56, unit: 'g/L' },
      weight: 62.5,
      urineOutput: 800,
      urinePeriodHours: 12,
    },
    paris('2026-01-10T10:00'),
    { ...p, recordedAt: paris('2026-01-10T13:00') },
  );
  const mmolSet = chart(
    'vitals.recorded',
    {
      bloodGlucose: 6.1,
      bloodGlucoseUnit: 'mmol/L',
      bloodGlucoseAsEntered: { value: 6.1, unit: 'mmol/L' },
    },
    paris('2026-01-10T12:00'),
    p,
  );
  const venturi = chart(
    'vitals.recorded',
    { spo2: 95, onOxygen: true, oxygenDevice: 'venturi', oxygenPercent: 28 },
    paris('2026-01-10T12:30'),
    p,
  );
  const wrongSet = chart('vitals.recorded', { pulse: 180 }, paris('2026-01-10T14:00'), p);
  const struck = voidOf(wrongSet, paris('2026-01-10T14:05'), 'Pouls du voisin de chambre');
  const schedule = {
    kind: 'fixed-times' as const,
    times: ['08:00', '20:00'],
    start: paris('2026-01-10T08:00'),
  };
  const rx = chart(
    'med.prescribed',
    {
      drug: 'Amoxicilline',
      dose: { value: 1, unit: 'g' },
      route: 'IV',
      schedule,
      prescriber: 'Dr Martin',
      orderDate: '2026-01-10',
      highAlert: false,
    },
    paris('2026-01-10T08:30'),
    p,
  );
  const given = chart(
    'med.administered',
    {
      prescriptionId: rx.id,
      dueAt: paris('2026-01-10T08:00'),
      outcome: 'given',
      dose: { value: 1, unit: 'g' },
      route: 'IV',
    },
    paris('2026-01-10T08:40'),
    p,
  );
  const refused = chart(
    'med.administered',
    {
      prescriptionId: rx.id,
      dueAt: paris('2026-01-10T20:00'),
      outcome: 'refused',
      reason: 'Nausées',
    },
    paris('2026-01-10T20:10'),
    p,
  );
  const plan = chart(
    'care.planned',
    { item: 'dressing', schedule: { kind: 'once', start: paris('2026-01-10T11:00') } },
    paris('2026-01-10T09:00'),
    p,
  );
  const done = chart(
    'care.done',
    { careId: plan.id, dueAt: paris('2026-01-10T11:00'), outcome: 'done' },
    paris('2026-01-10T11:10'),
    p,
  );
  const notDone = chart(
    'care.done',
    {
      careId: plan.id,
      dueAt: paris('2026-01-10T11:00'),
      outcome: 'not-done',
      reason: 'Patient au scanner',
    },
    paris('2026-01-10T11:05'),
    p,
  );
  const note = chart(
    'note.targeted',
    { target: 'Douleur', data: '=SOMME(A1)', actions: 'Antalgique "palier 1"; rappel' },
    paris('2026-01-10T15:00'),
    p,
  );
  const phoned = chart(
    'result.phoned',
    { test: 'Kaliémie', value: '5,9', unit: 'mmol/L', calledBy: 'Laboratoire', readBack: true },
    paris('2026-01-10T16:00'),
    p,
  );
  const informed = chart(
    'escalation.informed',
    { vitalsEventId: fullSet.id, role: 'intern', name: 'Dr Roux', response: 'Passe voir' },
    paris('2026-01-10T10:15'),
    { ...p, author: bruno },
  );
  const linked = chart(
    'patient.identifierLinked',
    { tempId: TEMP_ID, ipp: '1234567' },
    paris('2026-01-10T17:00'),
    p,
  );
  const discharged = chart(
    'patient.discharged',
    { destination: 'home' },
    paris('2026-01-11T10:00'),
    p,
  );
  const events = [
    admitted,
    other,
    fullSet,
    mmolSet,
    venturi,
    wrongSet,
    { ...struck, patientId: admitted.patientId },
    rx,
    given,
    refused,
    plan,
    done,
    notDone,
    note,
    phoned,
    informed,
    linked,
    discharged,
  ].map(at);
  return {
    events,
    ids: { fullSet, mmolSet, venturi, wrongSet, rx, given, refused, done, notDone, note, informed },
  };
}

export const eventId = (event: { id: EventId }) => event.id as string;
