// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db/db';
import { setLocal } from '../../../../src/db/local';
import { lockSession } from '../../../../src/db/session';
import { BackupReminder } from '../../../../src/features/tablets/BackupReminder';
import { I18nProvider } from '../../../../src/i18n/I18nProvider';
import { WardTimeProvider } from '../../../../src/ui/wardTime';

const HELD = Date.parse('2026-12-01T08:00:00+01:00');
const HOUR = 3_600_000;

/** The board's reminder on a stopped clock, `hours` after the tablet took the ward. */
function shownAt(hours: number) {
  const clock = { now: () => new Date(HELD + hours * HOUR) };
  return (
    <WardTimeProvider timeZone="Europe/Paris" clock={clock}>
      <I18nProvider>
        <BackupReminder />
      </I18nProvider>
    </WardTimeProvider>
  );
}

const makeButton = () => screen.queryByRole('button', { name: 'Faire un fichier du service' });

beforeEach(async () => {
  lockSession();
  await db.delete();
  await db.open();
  await setLocal('wardHeldSince', new Date(HELD).toISOString());
});
afterEach(cleanup);

describe('the board says when this tablet last made a ward file (issue 14, point 7)', () => {
  it('"jamais" at first, the reminder and its button once 12 h have passed', async () => {
    const view = render(shownAt(11.9));
    expect(await screen.findByTestId('backup-last')).toHaveProperty(
      'textContent',
      'Dernier fichier du service fait sur cette tablette\u00A0: jamais',
    );
    expect(makeButton()).toBeNull();
    view.rerender(shownAt(12));
    expect(await screen.findByRole('button', { name: 'Faire un fichier du service' })).toBeTruthy();
    expect(screen.getByText(/n’a encore jamais fait de fichier du service/)).toBeTruthy();
  });

  it('counts from the last file made, on the period set for this tablet', async () => {
    await setLocal('wardFileMadeAt', new Date(HELD + 10 * HOUR).toISOString());
    await setLocal('backupReminderHours', 4);
    const view = render(shownAt(13.9));
    expect(await screen.findByTestId('backup-last')).toHaveProperty(
      'textContent',
      'Dernier fichier du service fait sur cette tablette\u00A0: 18:00',
    );
    expect(makeButton()).toBeNull();
    view.rerender(shownAt(14));
    expect(await screen.findByText(/depuis plus de 4 h/)).toBeTruthy();
    expect(makeButton()).toBeTruthy();
  });
});
