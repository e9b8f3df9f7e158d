import { describe, expect, it } from 'vitest';
import { readFhirCensus } from '../../../../src/domain/census/fhirBundle';
import { medPrescribedSchema } from '../../../../src/domain/medications';
import {
  bundle,
  doctor,
  order,
  patient,
  PATIENT_URL,
  SNOMED,
  text,
  type Resource,
} from './fhirFixtures';

const read = (...resources: Resource[]) => {
  const file = readFhirCensus(text(bundle(patient(), doctor(), ...resources)), 'f.json');
  const [record] = file.records;
  if (!record) throw new Error('no record');
  return { ...record, skipped: file.skipped };
};

const base = order().dosageInstruction as Record<string, unknown>[];
const dosage = (extra: Record<string, unknown>) => [{ ...base[0], ...extra }];
const withDosage = (extra: Record<string, unknown>) => order({ dosageInstruction: dosage(extra) });

describe('readFhirCensus: orders', () => {
  it('turns only active orders into prescriptions; the others are counted skipped', () => {
    const { prescriptions, skipped } = read(
      order({ id: 'stopped', status: 'stopped' }),
      order({ id: 'proposal', intent: 'proposal' }),
      order(),
    );
    expect(prescriptions).toHaveLength(1);
    expect(skipped).toEqual({ MedicationRequest: 2 });
  });

  it('reads every N hours, once, and as needed with its maximum and interval', () => {
    const every6 = withDosage({ timing: { repeat: { frequency: 1, period: 6, periodUnit: 'h' } } });
    const once = withDosage({ timing: { repeat: { count: 1 } } });
    const prn = withDosage({
      timing: { repeat: { frequency: 1, period: 4, periodUnit: 'h' } },
      asNeededCodeableConcept: { text: 'Douleur EVA > 3' },
      maxDosePerPeriod: { numerator: { value: 4 }, denominator: { value: 1, unit: 'd' } },
    });
    const { prescriptions, issues } = read(every6, once, prn);
    expect(issues).toEqual([]);
    const start = '2026-11-27T15:00:00+01:00';
    expect(prescriptions.map((p) => p.schedule)).toEqual([
      { kind: 'every-n-hours', intervalHours: 6, start },
      { kind: 'once', start },
      { kind: 'prn', maxDosesPer24h: 4, minIntervalHours: 4, indication: 'Douleur EVA > 3', start },
    ]);
    for (const p of prescriptions) expect(medPrescribedSchema.safeParse(p).success).toBe(true);
  });

  it('maps UCUM units and EDQM routes', () => {
    const iv = withDosage({
      route: { coding: [{ system: 'http://standardterms.edqm.eu', code: '20045000' }] },
      doseAndRate: [
        {
          doseQuantity: { value: 500, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' },
        },
      ],
    });
    expect(read(iv).prescriptions[0]).toMatchObject({
      dose: { value: 500, unit: 'mg' },
      route: 'IV',
    });
  });

  it('reads the drug of a referenced Medication, which is then not skipped', () => {
    const medication = {
      resourceType: 'Medication',
      id: 'med1',
      code: {
        coding: [{ system: 'http://www.whocc.no/atc', code: 'N02BE01', display: 'Paracétamol' }],
      },
    };
    const byRef = order({
      medicationCodeableConcept: undefined,
      medicationReference: { reference: 'Medication/med1' },
    });
    const { prescriptions, skipped } = read(medication, byRef);
    expect(prescriptions[0]?.drug).toBe('Paracétamol');
    expect(skipped).toEqual({});
  });

  it('reports what is missing as required and what cannot be held as notMapped, never guessing', () => {
    const threeTimesADay = withDosage({
      timing: { repeat: { frequency: 3, period: 1, periodUnit: 'd' } },
    });
    const oddUnit = withDosage({ doseAndRate: [{ doseQuantity: { value: 2, unit: 'cuillère' } }] });
    const oddRoute = withDosage({ route: { coding: [{ system: SNOMED, code: '999999' }] } });
    const noRoute = withDosage({ route: undefined });
    const taper = order({ dosageInstruction: [...base, ...base] });
    const bare = order({
      dosageInstruction: undefined,
      requester: undefined,
      authoredOn: undefined,
    });
    const { issues, prescriptions, skippedOrders, skipped } = read(
      threeTimesADay,
      oddUnit,
      oddRoute,
      noRoute,
      taper,
      bare,
    );
    expect(issues).toEqual([
      { path: 'prescriptions.0.schedule', code: 'notMapped' },
      { path: 'prescriptions.1.dose', code: 'notMapped' },
      { path: 'prescriptions.2.route', code: 'notMapped' },
      { path: 'prescriptions.3.route', code: 'required' },
      { path: 'prescriptions.4.dose', code: 'notMapped' },
      { path: 'prescriptions.4.route', code: 'notMapped' },
      { path: 'prescriptions.4.schedule', code: 'notMapped' },
    ]);
    // An order with no dosage at all is not a prescription: left out, named, counted.
    expect(prescriptions).toHaveLength(5);
    expect(skippedOrders).toEqual(['Furosémide 40 mg comprimé']);
    expect(skipped.MedicationRequestNoDosage).toBe(1);
    // What was read is kept, for the preview to name the drug.
    expect(prescriptions[0]).toMatchObject({ drug: 'Furosémide 40 mg comprimé', route: 'PO' });
    expect(prescriptions[0]?.schedule).toBeUndefined();
  });

  it('keeps each order under its own patient', () => {
    const other = patient({ id: 'p2', identifier: [] });
    const file = readFhirCensus(
      text({
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          ...bundle(patient(), doctor(), order()).entry,
          { fullUrl: 'urn:uuid:7a1c0f4e-0000-4000-8000-0000000000f2', resource: other },
          {
            resource: order({ id: 'm2', subject: { reference: 'Patient/p2' } }),
          },
        ],
      }),
      'f.json',
    );
    expect(file.records.map((r) => r.prescriptions.length)).toEqual([1, 1]);
    expect(file.records[0]?.source.ref).toBe(PATIENT_URL);
  });
});
