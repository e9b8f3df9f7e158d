// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, type QuarantineRow } from '../../../../src/db/db';
import { lockSession } from '../../../../src/db/session';
import { QuarantineSection } from '../../../../src/features/wardFile/QuarantineSection';
import { I18nProvider } from '../../../../src/i18n/I18nProvider';
import { WardTimeProvider } from '../../../../src/ui/wardTime';

const NAMED = vi.hoisted(() => '01a231e0-c0de-7000-8000-0000000a7b31');
// The ward's names as the log says them (db/devices.ts, tested with the log itself).
vi.mock('../../../../src/hooks/devices', () => ({
  useDeviceNames: () => new Map([[NAMED, 'Tablette du poste 2']]),
}));

const MADE = '2026-12-01T15:00:00.000+01:00';

const row = (key: string, source: QuarantineRow['source']): QuarantineRow => ({
  key,
  eventId: key,
  reason: 'tampered',
  detail: 'authentication failed',
  source,
  quarantinedAt: '2026-12-01T16:00:00.000+01:00',
  wire: {},
});

const show = () =>
  render(
    <WardTimeProvider timeZone="Europe/Paris">
      <I18nProvider>
        <QuarantineSection />
      </I18nProvider>
    </WardTimeProvider>,
  );

beforeEach(async () => {
  await lockSession();
  await db.delete();
  await db.open();
  localStorage.clear();
});
afterEach(cleanup);

describe('set-aside entries say where they came from in words', () => {
  it("the making tablet's name when the ward named it, the kind of source, never a raw id", async () => {
    const named = NAMED;
    const unnamed = '01a231e0-c0de-7000-8000-00000000beef';
    await db.quarantine.bulkAdd([
      row('a', { fileName: 'service.releve', deviceId: named, createdAt: MADE, kind: 'ward' }),
      row('b', { fileName: 'copie.releve', deviceId: unnamed, createdAt: MADE, kind: 'backup' }),
      row('c', { fileName: 'hub http://hub:5984/w', deviceId: '', createdAt: MADE, kind: 'hub' }),
    ]);
    show();
    const table = await screen.findByTestId('quarantine');
    // French quotes and colons take a non-breaking space (t()).
    const words = () => (table.textContent ?? '').replace(/\u00a0/g, ' ');
    await waitFor(() =>
      expect(words()).toContain(
        'Fichier du service « service.releve », fait sur Tablette du poste 2 le 01/12/2026 15:00',
      ),
    );
    const text = words();
    expect(text).toContain('Copie de sauvegarde « copie.releve », faite sur Tablette beef le');
    expect(text).toContain('Reçue du serveur du service le 01/12/2026 15:00');
    expect(text).not.toContain(named.slice(-6));
    expect(text).not.toContain('00beef');
  });
});
