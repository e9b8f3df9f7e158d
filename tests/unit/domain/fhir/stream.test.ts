import { describe, expect, it } from 'vitest';
import { demoWard } from '../../../../src/domain/demo/demoWard';
import { byPatient, startFhirExport, toFhirBundle } from '../../../../src/domain/fhir/bundle';
import { fhirBundleParts } from '../../../../src/domain/fhir/stream';
import type { WardEvent } from '../../../../src/domain/events';
import { ofResourceType, resources, unresolved, validateR4 } from './fhirCheck';

const START = '2026-11-02T07:00:00+01:00';
const OPTIONS = { exportedAt: '2026-11-05T08:00:00+01:00', appVersion: '0.1.0' };

async function streamed(events: readonly WardEvent[], counts: Record<string, number> = {}) {
  const run = startFhirExport(
    events.filter((event) => event.patientId === null),
    OPTIONS,
  );
  const logs = [...byPatient(events)].map(([patientId, list]) => ({ patientId, events: list }));
  const parts: string[] = [];
  for await (const part of fhirBundleParts(run, logs, counts)) parts.push(part);
  return parts;
}

describe('FHIR export streamed patient by patient', () => {
  it('gives parts that, joined, parse to a valid R4 Bundle equal to toFhirBundle', async () => {
    const events = demoWard({ seed: 7, days: 3, beds: 4, start: START });
    const counts: Record<string, number> = {};
    const parts = await streamed(events, counts);
    expect(parts.length).toBeGreaterThan(4);
    const bundle = JSON.parse(parts.join(''));
    expect(() => validateR4(bundle)).not.toThrow();
    expect(unresolved(bundle)).toEqual([]);
    expect(bundle).toEqual(toFhirBundle(events, OPTIONS));
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(bundle.entry.length);
  }, 120_000);

  it('covers every resource with a Provenance, several at once, with no resource twice', () => {
    const bundle = toFhirBundle(demoWard({ seed: 7, days: 3, beds: 4, start: START }), OPTIONS);
    const provenances = ofResourceType(bundle, 'Provenance');
    const others = resources(bundle).filter((r) => r.resourceType !== 'Provenance');
    const targeted = provenances.flatMap((p) => p.target.map((t) => t.reference));
    for (const resource of others) expect(targeted).toContain(`urn:uuid:${resource.id}`);
    // One per patient, author, tablet, activity and hour: far fewer than resources.
    expect(provenances.length * 2).toBeLessThan(others.length);
    const urls = (bundle.entry ?? []).map((entry) => entry.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
  }, 120_000);

  it('keeps the 30-bed ward over 3 days under 22 MB (it was 30 MB with a Provenance each)', async () => {
    const parts = await streamed(demoWard({ seed: 7, days: 3, start: START }));
    const bytes = parts.reduce((sum, part) => sum + new TextEncoder().encode(part).length, 0);
    expect(bytes).toBeLessThan(22_000_000);
    // No part holds more than one patient: the longest is a small share of the file.
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(bytes / 10);
  }, 120_000);
});
