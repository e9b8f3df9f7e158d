import type { Bundle, BundleEntry } from '@medplum/fhirtypes';
import { beforeAll, expect, it } from 'vitest';
import { patientLogs, readExportStart, readWardLog } from '../../../src/db/exportReads';
import { startFhirExport, toFhirBundle } from '../../../src/domain/fhir/bundle';
import { fhirBundleParts } from '../../../src/domain/fhir/stream';
import { buildExport } from '../../../src/features/recovery/hooks';
import { unresolved, validateR4 } from '../domain/fhir/fhirCheck';
import { editRawRow, flipByte } from '../crypto/helpers';
import { freshWard } from './fixtures';
import { recordDemo } from './wardFileFixtures';

// The Data screen's FHIR export reads the log one patient at a time (readExportStart, then
// patientLogs) and writes the Bundle in parts: the same Bundle as from the whole log at once.

const OPTIONS = { exportedAt: '2026-11-23T08:00:00+01:00', appVersion: 'test' };
const byUrl = (entries: BundleEntry[] = []) =>
  [...entries].sort((a, b) => ((a.fullUrl ?? '') < (b.fullUrl ?? '') ? -1 : 1));

beforeAll(async () => {
  await freshWard();
  await recordDemo(2, 5, 4);
}, 300_000);

it('streams from the database, patient by patient, the Bundle of the whole log', async () => {
  const start = await readExportStart();
  expect(start.wardEvents.every((event) => event.patientId === null)).toBe(true);
  expect(start.patientIds.length).toBeGreaterThan(3);
  const run = startFhirExport(start.wardEvents, OPTIONS, start.wardId ?? undefined);
  const parts: string[] = [];
  for await (const part of fhirBundleParts(run, patientLogs(start.patientIds))) parts.push(part);
  const streamed = JSON.parse(parts.join('')) as Bundle;
  expect(() => validateR4(streamed)).not.toThrow();
  expect(unresolved(streamed)).toEqual([]);

  const whole = toFhirBundle((await readWardLog()).events, OPTIONS);
  // Patients come in another order (the ward's list, not first event): same entries.
  expect(byUrl(streamed.entry)).toEqual(byUrl(whole.entry));
  expect({ ...streamed, entry: [] }).toEqual({ ...whole, entry: [] });
}, 300_000);

it('builds the Data screen’s file patient by patient, saying how far it has gone', async () => {
  const seen: [number, number][] = [];
  const file = await buildExport({ kind: 'fhir' }, (done, total) => seen.push([done, total]));
  const { patientIds } = await readExportStart();
  expect(seen.map(([done]) => done)).toEqual(patientIds.map((_, index) => index + 1));
  expect(seen.every(([, total]) => total === patientIds.length)).toBe(true);
  const bundle = JSON.parse(await file.blob.text()) as Bundle;
  expect(() => validateR4(bundle)).not.toThrow();
  expect(file.counts.Patient).toBe(patientIds.length);
}, 300_000);

it('keeps the care of a patient whose record is damaged', async () => {
  const { patientIds } = await readExportStart();
  const damaged = patientIds[0];
  if (!damaged) throw new Error('no patient');
  await editRawRow('releve', 'patients', damaged, (row) => {
    row.identity = flipByte(row.identity, 3);
  });
  const after = await readExportStart();
  expect(after.patientIds).toContain(damaged);
  const file = await buildExport({ kind: 'fhir' }, () => undefined);
  const bundle = JSON.parse(await file.blob.text()) as Bundle;
  const whole = toFhirBundle((await readWardLog()).events, OPTIONS);
  expect(bundle.entry?.length).toBe(whole.entry?.length);
  expect(bundle.entry?.some((entry) => entry.fullUrl?.includes(damaged))).toBe(true);
}, 300_000);
