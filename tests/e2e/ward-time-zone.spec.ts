import { expect, test } from './fixtures';
import { expectNoGraveViolation } from './pages/axe';
import { AdmissionPage, LOUIS, newWardWithTwoBeds } from './pages/PatientPages';

// Issue 11, point 4: the ward's time zone is a setting. 21:30 in Paris on 1 December is
// 00:30 on 2 December in Réunion (UTC+4): the ward's day turns with the zone chosen.
test.use({ wardClockAt: new Date('2026-12-01T21:30:00+01:00') });

test('a Réunion ward: its day and the time shown follow the zone chosen in Settings', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const board = await newWardWithTwoBeds(page);
  await new AdmissionPage(page).admit(LOUIS, { bed: '1' });
  await board.open();
  await board.openPatient('1');
  await expect(page.getByRole('region', { name: 'Soins planifiés du 01/12/2026' })).toBeVisible({
    timeout: 15_000,
  });

  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Réglages' })
    .click();
  const section = page.getByRole('region', { name: 'Réglages du service' });
  const zone = section.getByLabel('Fuseau horaire du service');
  await expect(zone).toHaveValue('Europe/Paris', { timeout: 15_000 });
  await zone.selectOption({ label: 'La Réunion' });
  // Before saving, the nurse sees what the choice means (the minute runs on with the clock).
  await expect(section.getByText(/Il est 00:\d\d le 02\/12\/2026 dans ce fuseau\./)).toBeVisible();
  await section.getByRole('button', { name: 'Enregistrer le fuseau' }).click();
  await expect(
    section
      .getByRole('status')
      .filter({ hasText: /Fuseau du service enregistré\s*:\s*La Réunion/ }),
  ).toBeVisible({ timeout: 15_000 });
  await expectNoGraveViolation(page, 'settings with the ward time zone');

  await board.open();
  await board.openPatient('1');
  await expect(page.getByRole('region', { name: 'Soins planifiés du 02/12/2026' })).toBeVisible({
    timeout: 15_000,
  });
});
