import { describe, expect, it } from 'vitest';
import { applyPatientEvent, foldPatient } from '../../../src/domain/patient';
import { admitted as admit, bed, ev, identity } from './eventFixtures';

const at = (h: number) => `2026-11-29T${String(h).padStart(2, '0')}:00:00.000+01:00`;

describe('the clinical header of a patient', () => {
  it('takes reason, physician, allergies, isolation and measures from the admission', () => {
    const allergies = {
      status: 'known' as const,
      items: [{ substance: 'Pénicilline', severity: 'severe' as const }],
    };
    const state = foldPatient([admit(at(8), { allergies, weightKg: 72.5, diet: 'Sans sel' })]);
    expect(state?.header).toEqual({
      reason: 'Pneumopathie',
      physician: 'Dr Martin',
      allergies,
      isolation: ['none'],
      weightKg: 72.5,
      diet: 'Sans sel',
    });
    expect(state).toMatchObject({ status: 'admitted', bed: bed(4), admittedAt: at(8) });
  });

  it('changes only what an update gives, and removes what it clears', () => {
    const state = foldPatient([
      admit(at(8), { weightKg: 80, diet: 'Sans sel', identity: { ...identity, usedName: 'X' } }),
      ev(
        'patient.updated',
        {
          identity: { firstNames: 'Jeanne Marie' },
          clinical: { isolation: ['contact', 'droplet'], physician: 'Dr Roux' },
          cleared: ['usedName', 'diet'],
          reason: 'Erreur de saisie',
        },
        at(9),
      ),
    ]);
    expect(state?.identity).toEqual({ ...identity, firstNames: 'Jeanne Marie' });
    expect(state?.header).toMatchObject({
      physician: 'Dr Roux',
      isolation: ['contact', 'droplet'],
      weightKg: 80,
      reason: 'Pneumopathie',
    });
    expect(state?.header).not.toHaveProperty('diet');
  });

  it('never erases a value with a key that is present but undefined', () => {
    const state = foldPatient([
      admit(at(8), { diet: 'Mixé' }),
      ev(
        'patient.updated',
        { identity: { usedName: undefined }, clinical: { diet: undefined }, reason: 'r' },
        at(9),
      ),
    ]);
    expect(state?.header.diet).toBe('Mixé');
  });

  it('links a temporary identifier to the IPP and keeps both', () => {
    const state = foldPatient([
      admit(at(8)),
      ev('patient.identifierLinked', { tempId: identity.tempId, ipp: '87654321' }, at(20)),
    ]);
    expect(state?.identity).toMatchObject({ tempId: identity.tempId, ipp: '87654321' });
  });

  it('keeps an IPP linked on another tablet when a readmission typed without it comes later', () => {
    const state = foldPatient([
      admit(at(8)),
      ev('patient.identifierLinked', { tempId: identity.tempId, ipp: '87654321' }, at(9)),
      ev('patient.discharged', { destination: 'home' }, at(10)),
      admit(at(12), { reason: 'Chute', bedId: undefined }),
    ]);
    expect(state).toMatchObject({
      status: 'admitted',
      bed: null,
      identity: { ipp: '87654321', tempId: identity.tempId },
      header: { reason: 'Chute' },
    });
  });

  it('discharges: the bed is freed and the destination kept until a readmission', () => {
    const discharged = foldPatient([
      admit(at(8)),
      ev('patient.discharged', { destination: 'death' }, at(11)),
    ]);
    expect(discharged).toMatchObject({
      status: 'discharged',
      bed: null,
      dischargedAt: at(11),
      discharge: { destination: 'death' },
    });
  });

  it('applies nothing before an admission, and ignores events of other kinds', () => {
    const link = ev('patient.identifierLinked', { tempId: identity.tempId, ipp: '1234567' }, at(7));
    expect(applyPatientEvent(null, link)).toBeNull();
    const state = foldPatient([admit(at(8))]);
    const note = ev('note.written', { text: 'x' }, at(9));
    expect(applyPatientEvent(state, note)).toBe(state);
  });
});
