import { describe, expect, it } from 'vitest';
import type { Bed } from '../../../../src/domain/beds';
import { readCsvCensus } from '../../../../src/domain/census/csv';
import { planCensus, type WardSnapshot } from '../../../../src/domain/census/plan';
import { CENSUS_TEMPLATE_CSV } from '../../../../src/domain/census/template';
import type { BedId, PatientId, WardId } from '../../../../src/domain/ids';
import type { PatientState } from '../../../../src/domain/patient';

const NOW = new Date('2026-12-01T10:00:00+01:00');
const ZONE = 'Europe/Paris';
const bed = (n: number, unavailable = false): Bed => ({
  bedId: `00000000-0000-7000-8000-00000000000${n}` as BedId,
  label: String(n),
  order: n,
  unavailable,
});
const BEDS = [bed(1), bed(2), bed(3)];
const template = () => readCsvCensus(CENSUS_TEMPLATE_CSV, 'modele.csv', ZONE);

/** Marie DUPONT of the template, as the ward holds her after the import. */
const dupont = (patch: Partial<PatientState> = {}): PatientState => ({
  id: '01a00000-0000-7000-8000-000000000001' as PatientId,
  wardId: '01a00000-0000-7000-8000-0000000000ff' as WardId,
  identity: {
    ipp: '00123456',
    birthName: 'DUPONT',
    firstName: 'Marie',
    firstNames: 'Marie Louise',
    birthDate: '1950-03-14',
    sex: 'F',
    birthPlaceCode: '75056',
  },
  bed: BEDS[0]?.bedId ?? null,
  status: 'admitted',
  admittedAt: '2026-11-28T08:00:00.000+01:00',
  dischargedAt: null,
  header: {
    reason: 'Pneumopathie',
    physician: 'Dr Martin',
    allergies: {
      status: 'known',
      items: [
        { substance: 'Pénicilline', reaction: 'urticaire', severity: 'severe' },
        { substance: 'Latex', severity: 'unknown' },
      ],
    },
    isolation: ['none'],
    levelOfCare: 'noCpr',
    weightKg: 61.5,
    heightCm: 162,
    diet: 'Diabétique',
  },
  discharge: null,
  last: { at: '2026-11-28T08:00:00.000+01:00', id: '01a00000-0000-7000-8000-000000000010' },
  ...patch,
});

const ward = (patients: PatientState[] = [], beds = BEDS): WardSnapshot => ({ patients, beds });

describe('planCensus', () => {
  it('creates the patients of the template in an empty ward, with their events', () => {
    const plan = planCensus(template(), ward(), NOW, ZONE);
    expect(plan.counts).toEqual({ create: 2, update: 0, unchanged: 0, conflict: 0, invalid: 0 });
    const [first] = plan.entries;
    expect(first?.patientId).toBeNull();
    expect(first?.events).toEqual([
      {
        type: 'patient.admitted',
        at: '2026-11-28T08:00:00.000+01:00',
        payload: expect.objectContaining({
          bedId: BEDS[0]?.bedId,
          imported: { format: 'csv', file: 'modele.csv' },
          identity: expect.objectContaining({ ipp: '00123456', birthName: 'DUPONT' }),
        }) as unknown,
      },
    ]);
    expect(first?.events[0]?.payload).not.toHaveProperty('bed');
  });

  it('leaves a patient already imported unchanged: a second import changes nothing', () => {
    const plan = planCensus(template(), ward([dupont()]), NOW, ZONE);
    expect(plan.entries[0]).toMatchObject({
      kind: 'unchanged',
      events: [],
      patientId: dupont().id,
    });
  });

  it('updates only the header fields that differ, and moves to another bed', () => {
    const text = CENSUS_TEMPLATE_CSV.replace('Pneumopathie', 'Pneumopathie droite').replace(
      ';75056;1;',
      ';75056;3;',
    );
    const plan = planCensus(readCsvCensus(text, 'j2.csv', ZONE), ward([dupont()]), NOW, ZONE, {
      updateReason: 'Recensement importé (j2.csv)',
    });
    expect(plan.entries[0]).toMatchObject({ kind: 'update', changes: ['reason', 'bed'] });
    expect(plan.entries[0]?.events).toEqual([
      {
        type: 'patient.updated',
        payload: {
          clinical: { reason: 'Pneumopathie droite' },
          reason: 'Recensement importé (j2.csv)',
        },
      },
      { type: 'patient.moved', payload: { bedId: BEDS[2]?.bedId } },
    ]);
  });

  it('never clears what the file leaves empty (allergies not said stay as recorded)', () => {
    const text = CENSUS_TEMPLATE_CSV.replace('Pénicilline : urticaire (sévère) | Latex', '');
    const plan = planCensus(readCsvCensus(text, 'f.csv', ZONE), ward([dupont()]), NOW, ZONE);
    expect(plan.entries[0]?.kind).toBe('unchanged');
  });

  it('shows a conflict when the IPP belongs to someone with other traits, and writes nothing', () => {
    const other = dupont({ identity: { ...dupont().identity, birthDate: '1951-03-14' } });
    const plan = planCensus(template(), ward([other]), NOW, ZONE);
    expect(plan.entries[0]).toMatchObject({
      kind: 'conflict',
      conflict: { traits: ['birthDate'] },
      events: [],
    });
  });

  it('shows a conflict when a patient without this IPP may be the same person', () => {
    const temporary = dupont({
      identity: { ...dupont().identity, ipp: undefined, tempId: undefined },
    });
    const plan = planCensus(template(), ward([temporary]), NOW, ZONE);
    expect(plan.entries[0]?.kind).toBe('conflict');
    expect(plan.entries[0]?.conflict?.duplicates[0]?.reasons).toEqual(['sameTraits']);
  });

  it('refuses an unknown, unavailable or taken bed, and two records in one bed', () => {
    const unknown = planCensus(template(), ward([], [bed(2)]), NOW, ZONE);
    expect(unknown.entries[0]).toMatchObject({
      kind: 'invalid',
      issues: [{ path: 'bed', code: 'unknownBed' }],
    });
    const closed = planCensus(template(), ward([], [bed(1, true), bed(2)]), NOW, ZONE);
    expect(closed.entries[0]?.issues).toEqual([{ path: 'bed', code: 'bedUnavailable' }]);
    const someoneElse = dupont({
      id: '01a00000-0000-7000-8000-000000000002' as PatientId,
      identity: {
        birthName: 'AUTRE',
        firstName: 'Luc',
        birthDate: '1960-01-01',
        sex: 'M',
        ipp: '777777',
      },
    });
    const taken = planCensus(template(), ward([someoneElse]), NOW, ZONE);
    expect(taken.entries[0]?.issues).toEqual([{ path: 'bed', code: 'bedOccupied' }]);
    const twice = planCensus(
      readCsvCensus(CENSUS_TEMPLATE_CSV.replace(';;2;', ';;1;'), 'f.csv', ZONE),
      ward(),
      NOW,
      ZONE,
    );
    expect(twice.entries.map((e) => e.kind)).toEqual(['create', 'invalid']);
    expect(twice.entries[1]?.issues).toEqual([{ path: 'bed', code: 'bedOccupied' }]);
  });

  it('applies the admission rules of the form: bad dates, missing fields, future admission', () => {
    const text = CENSUS_TEMPLATE_CSV.replace('14/03/1950', '31/02/1950')
      .replace('Dr Bernard', '')
      .replace('29/11/2026 14:30', '29/12/2026 14:30');
    const plan = planCensus(readCsvCensus(text, 'f.csv', ZONE), ward(), NOW, ZONE);
    expect(plan.entries.map((e) => e.kind)).toEqual(['invalid', 'invalid']);
    expect(plan.entries[0]?.issues).toEqual([{ path: 'identity.birthDate', code: 'invalidDate' }]);
    expect(plan.entries[1]?.issues).toEqual([
      { path: 'physician', code: 'required' },
      { path: 'admittedAt', code: 'futureDate' },
    ]);
  });

  it('refuses duplicate IPPs and a record without IPP', () => {
    const dup = CENSUS_TEMPLATE_CSV.replace('00123457', '00123456');
    const plan = planCensus(readCsvCensus(dup, 'f.csv', ZONE), ward(), NOW, ZONE);
    expect(plan.counts.invalid).toBe(2);
    const none = CENSUS_TEMPLATE_CSV.replace('00123457', '');
    const [, second] = planCensus(readCsvCensus(none, 'f.csv', ZONE), ward(), NOW, ZONE).entries;
    expect(second?.issues).toEqual([{ path: 'identity.ipp', code: 'required' }]);
  });

  it('readmits a discharged patient with the same identity, as the same record', () => {
    const gone = dupont({ status: 'discharged', bed: null });
    const plan = planCensus(template(), ward([gone]), NOW, ZONE);
    expect(plan.entries[0]).toMatchObject({ kind: 'create', patientId: gone.id });
  });
});
