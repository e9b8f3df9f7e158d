import type { Observation } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { toFhirBundle } from '../../../../src/domain/fhir/bundle';
import { paris } from '../chartFixtures';
import { ofResourceType, resources, unresolved, validateR4 } from './fhirCheck';
import { OTHER, PATIENT, smallWard, TEMP_ID } from './smallWard';

const OPTIONS = { exportedAt: '2026-01-12T09:00:00.000+01:00', appVersion: '0.1.0' };
const ward = smallWard();
const bundle = toFhirBundle(ward.events, OPTIONS);
/** The Provenance groups an event's resources joined (one per activity). */
const provenancesOf = (eventId: string) =>
  ofResourceType(bundle, 'Provenance').filter((p) =>
    p.entity?.some((e) => e.what.identifier?.value === eventId),
  );
/** A vitals event's Observations: targets of its Provenance, at its bedside time. */
const observationsOf = (event: { id: string; at: string }) =>
  ofResourceType(bundle, 'Observation').filter(
    (o) =>
      provenancesOf(event.id).some((p) =>
        p.target.some((t) => t.reference === `urn:uuid:${o.id}`),
      ) && Date.parse(o.effectiveDateTime ?? o.effectivePeriod?.end ?? '') === Date.parse(event.at),
  );

/**
 * LOINC code(s) and UCUM unit of each vital sign, from LOINC and UCUM, written here by hand (not
 * read from the exporter): key = the Observation's first LOINC code.
 */
const VITALS_TABLE: Record<string, { loinc: string[]; ucum?: string; value?: number }> = {
  respiratoryRate: { loinc: ['9279-1'], ucum: '/min', value: 22 },
  spo2: { loinc: ['59408-5', '2708-6'], ucum: '%', value: 93 },
  pulse: { loinc: ['8867-4'], ucum: '/min', value: 112 },
  temperature: { loinc: ['8310-5'], ucum: 'Cel', value: 38.4 },
  weight: { loinc: ['29463-7'], ucum: 'kg', value: 62.5 },
  pain: { loinc: ['72514-3'], ucum: '{score}', value: 4 },
  glucoseGramsPerLitre: { loinc: ['41653-7'], ucum: 'g/L', value: 2.56 },
  urine: { loinc: ['9187-6'], ucum: 'mL', value: 800 },
  consciousness: { loinc: ['67775-7'] },
  bloodPressure: { loinc: ['85354-9'] },
};
const BP_COMPONENTS = { '8480-6': 105, '8462-4': 60 };

const loincOf = (o: Observation) =>
  (o.code.coding ?? []).filter((c) => c.system === 'http://loinc.org').map((c) => c.code);

describe('toFhirBundle', () => {
  it('is a valid FHIR R4 Bundle (independent validator) whose references all resolve', () => {
    expect(() => validateR4(bundle)).not.toThrow();
    expect(unresolved(bundle)).toEqual([]);
    expect(bundle.type).toBe('collection');
    const urls = (bundle.entry ?? []).map((entry) => entry.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.every((url) => /^urn:uuid:[0-9a-f-]{36}$/.test(url ?? ''))).toBe(true);
  });

  it('gives every resource a Provenance with author, device, occurred and recorded times', () => {
    const provenances = ofResourceType(bundle, 'Provenance');
    const targeted = new Set(provenances.flatMap((p) => p.target.map((t) => t.reference)));
    for (const resource of resources(bundle))
      if (resource.resourceType !== 'Provenance')
        expect(targeted).toContain(`urn:uuid:${resource.id}`);
    const [ofSet, ...more] = provenancesOf(ward.ids.fullSet.id);
    expect(more).toEqual([]);
    // Grouped by author, tablet and hour of entry: the bedside time within occurred, the
    // entry time at or before recorded, in the same hour.
    const at = Date.parse(ward.ids.fullSet.at);
    const occurred = ofSet?.occurredPeriod ?? {
      start: ofSet?.occurredDateTime,
      end: ofSet?.occurredDateTime,
    };
    expect(Date.parse(occurred.start ?? '')).toBeLessThanOrEqual(at);
    expect(Date.parse(occurred.end ?? '')).toBeGreaterThanOrEqual(at);
    const recordedAt = Date.parse(ward.ids.fullSet.recordedAt);
    const recorded = Date.parse(ofSet?.recorded ?? '');
    expect(recorded).toBeGreaterThanOrEqual(recordedAt);
    expect(recorded - recordedAt).toBeLessThan(3_600_000);
    expect(ofSet?.target.length).toBeGreaterThanOrEqual(observationsOf(ward.ids.fullSet).length);
    expect(ofSet?.agent.map((a) => a.who.reference?.slice(0, 9))).toEqual([
      'urn:uuid:',
      'urn:uuid:',
    ]);
    expect(ofSet?.policy).toHaveLength(1);
  });

  it('codes each vital sign with its LOINC code and UCUM unit', () => {
    const observations = observationsOf(ward.ids.fullSet).filter((o) => loincOf(o).length > 0);
    const seen = new Set<string>();
    for (const [name, row] of Object.entries(VITALS_TABLE)) {
      const found = observations.find((o) => loincOf(o)[0] === row.loinc[0]);
      expect(found, name).toBeDefined();
      expect(loincOf(found as Observation), name).toEqual(row.loinc);
      expect(found?.category?.[0]?.coding?.[0]?.code).toBe('vital-signs');
      if (row.ucum) {
        expect(found?.valueQuantity?.system, name).toBe('http://unitsofmeasure.org');
        expect(found?.valueQuantity?.code, name).toBe(row.ucum);
        expect(found?.valueQuantity?.value, name).toBe(row.value);
      }
      seen.add(row.loinc[0] ?? '');
    }
    const bp = observations.find((o) => loincOf(o)[0] === '85354-9');
    for (const [code, value] of Object.entries(BP_COMPONENTS)) {
      const component = bp?.component?.find((c) => c.code.coding?.[0]?.code === code);
      expect(component?.valueQuantity).toMatchObject({
        value,
        code: 'mm[Hg]',
        system: 'http://unitsofmeasure.org',
      });
    }
    const oxygen = observationsOf(ward.ids.fullSet).find((o) =>
      o.component?.some((c) => c.code.coding?.[0]?.code === '3151-8'),
    );
    expect(oxygen?.component?.[0]?.valueQuantity).toMatchObject({ value: 2, code: 'L/min' });
    const fio2 = observationsOf(ward.ids.venturi).flatMap((o) => o.component ?? []);
    expect(fio2.find((c) => c.code.coding?.[0]?.code === '3150-0')?.valueQuantity).toMatchObject({
      value: 28,
      code: '%',
    });
    const mmol = observationsOf(ward.ids.mmolSet)[0];
    expect(loincOf(mmol as Observation)).toEqual(['14743-9']);
    expect(mmol?.valueQuantity).toMatchObject({ value: 6.1, code: 'mmol/L' });
  });

  it('exports NEWS2 as its own Observation derived from the set’s seven parameters', () => {
    const set = observationsOf(ward.ids.fullSet);
    const news2 = set.find((o) => o.code.coding?.[0]?.code === '1104051000000101');
    // RR 22 (2) + SpO2 93 (2) + O2 (2) + SBP 105 (1) + pulse 112 (2) + A (0) + 38.4 °C (1) = 10
    expect(news2?.valueQuantity?.value).toBe(10);
    const derived = new Set(news2?.derivedFrom?.map((r) => r.reference));
    const parameters = set.filter(
      (o) =>
        ['9279-1', '59408-5', '85354-9', '8867-4', '67775-7', '8310-5'].includes(
          loincOf(o)[0] ?? '',
        ) || o.code.coding?.[0]?.code === 'inspired-air',
    );
    expect(parameters).toHaveLength(7);
    expect(derived).toEqual(new Set(parameters.map((o) => `urn:uuid:${o.id}`)));
    const call = ofResourceType(bundle, 'Communication').find((c) => c.id === ward.ids.informed.id);
    expect(call?.about?.[0]?.reference).toBe(`urn:uuid:${news2?.id}`);
  });

  it('marks a voided entry entered-in-error, with who voided it and why', () => {
    const [wrong] = observationsOf(ward.ids.wrongSet);
    expect(wrong?.status).toBe('entered-in-error');
    expect(wrong?.note?.[0]?.text).toContain('Pouls du voisin de chambre');
    const nullify = ofResourceType(bundle, 'Provenance').find(
      (p) =>
        p.target.some((t) => t.reference === `urn:uuid:${wrong?.id}`) &&
        p.activity?.coding?.[0]?.code === 'NULLIFY',
    );
    expect(nullify?.reason?.[0]?.text).toBe('Pouls du voisin de chambre');
    expect(observationsOf(ward.ids.fullSet).every((o) => o.status === 'final')).toBe(true);
  });

  it('marks the temporary identifier as such and adds the IPP it was linked to', () => {
    const patient = ofResourceType(bundle, 'Patient').find((p) => p.id === PATIENT);
    const temp = patient?.identifier?.find((i) => i.value === TEMP_ID);
    expect(temp).toMatchObject({ use: 'temp', system: 'urn:releve:id:temp' });
    expect(temp?.period?.end).toBe(paris('2026-01-10T17:00'));
    const ipp = patient?.identifier?.find((i) => i.value === '1234567');
    expect(ipp).toMatchObject({ use: 'official', system: 'urn:releve:id:ipp' });
    expect(ipp?.period?.start).toBe(paris('2026-01-10T17:00'));
  });

  it('exports doses given and not given, care done and not done, notes and allergies', () => {
    const doses = ofResourceType(bundle, 'MedicationAdministration');
    expect(doses.find((d) => d.id === ward.ids.given.id)).toMatchObject({
      status: 'completed',
      dosage: { dose: { value: 1, code: 'g' } },
      request: { reference: `urn:uuid:${ward.ids.rx.id}` },
    });
    const refused = doses.find((d) => d.id === ward.ids.refused.id);
    expect(refused?.status).toBe('not-done');
    expect(refused?.statusReason?.[0]?.text).toBe('Nausées');
    const procedures = ofResourceType(bundle, 'Procedure');
    expect(procedures.find((p) => p.id === ward.ids.done.id)?.status).toBe('completed');
    expect(procedures.find((p) => p.id === ward.ids.notDone.id)?.statusReason?.text).toBe(
      'Patient au scanner',
    );
    const allergy = ofResourceType(bundle, 'AllergyIntolerance').find(
      (a) => a.patient.reference === `urn:uuid:${PATIENT}`,
    );
    expect(allergy?.code?.text).toBe('Pénicilline');
    const encounter = ofResourceType(bundle, 'Encounter').find(
      (e) => e.subject?.reference === `urn:uuid:${PATIENT}`,
    );
    expect(encounter?.status).toBe('finished');
    expect(encounter?.hospitalization?.dischargeDisposition?.coding?.[0]?.code).toBe('home');
    expect(encounter?.location?.[0]?.location.reference).toMatch(/^urn:uuid:/);
  });

  it('tags a late entry and everything as recorded during the downtime', () => {
    const [late] = observationsOf(ward.ids.fullSet);
    expect(late?.meta?.tag?.map((t) => t.code)).toEqual(['downtime', 'late-entry']);
    const [onTime] = observationsOf(ward.ids.mmolSet);
    expect(onTime?.meta?.tag?.map((t) => t.code)).toEqual(['downtime']);
  });

  it('keeps to the chosen patients and the window', () => {
    const one = toFhirBundle(ward.events, { ...OPTIONS, patientIds: [OTHER] });
    expect(ofResourceType(one, 'Patient').map((p) => p.id)).toEqual([OTHER]);
    expect(ofResourceType(one, 'Observation')).toEqual([]);
    const morning = toFhirBundle(ward.events, {
      ...OPTIONS,
      patientIds: [PATIENT],
      from: paris('2026-01-10T11:00'),
      to: paris('2026-01-10T13:00'),
    });
    expect(() => validateR4(morning)).not.toThrow();
    expect(unresolved(morning)).toEqual([]);
    const ids = new Set(ofResourceType(morning, 'Procedure').map((p) => p.id));
    expect(ids).toEqual(new Set([ward.ids.done.id, ward.ids.notDone.id]));
    expect(ofResourceType(morning, 'MedicationAdministration')).toEqual([]);
    expect(ofResourceType(morning, 'MedicationRequest').map((m) => m.id)).toEqual([ward.ids.rx.id]);
  });

  it('gives the same Bundle for the same log and options', () => {
    expect(toFhirBundle(ward.events, OPTIONS)).toEqual(bundle);
  });
});
