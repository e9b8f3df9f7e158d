import { describe, expect, it } from 'vitest';
import { foldDeviceNames, shortDeviceCode } from '../../../src/domain/devices';
import type { DeviceId } from '../../../src/domain/ids';
import { fr as frCatalog } from '../../../src/i18n/fr';
import { en as enCatalog } from '../../../src/i18n/en';
import { translator } from '../../../src/i18n/translate';
import { deviceLabel } from '../../../src/ui/deviceLabel';
import { ev } from './eventFixtures';

const TAB1 = '0193a0e4-1c2d-7e3f-8a9b-00000000a3f9' as DeviceId;
const TAB2 = '0193a0e4-1c2d-7e3f-8a9b-0000000077bc' as DeviceId;

const named = (deviceId: DeviceId, name: string, at: string) =>
  ev('device.named', { deviceId, name }, at, null);

describe('device names: the name the ward gave each tablet', () => {
  it('the latest name of each tablet stands, whatever order the logs merged in', () => {
    const first = named(TAB1, 'Tablette 1', '2026-03-02T08:00:00+01:00');
    const renamed = named(TAB1, 'Tablette poste de soins', '2026-03-02T09:00:00+01:00');
    const other = named(TAB2, 'Tablette 2', '2026-03-02T08:30:00+01:00');
    const names = foldDeviceNames([renamed, other, first]);
    expect(names.get(TAB1)).toBe('Tablette poste de soins');
    expect(names.get(TAB2)).toBe('Tablette 2');
  });

  it('a voided name no longer counts: the one before it comes back', () => {
    const first = named(TAB1, 'Tablette 1', '2026-03-02T08:00:00+01:00');
    const wrong = named(TAB1, 'Tablete 1', '2026-03-02T09:00:00+01:00');
    const voiding = ev(
      'event.voided',
      { eventId: wrong.id, reason: 'faute' },
      '2026-03-02T09:01:00+01:00',
      null,
    );
    expect(foldDeviceNames([first, wrong, voiding]).get(TAB1)).toBe('Tablette 1');
  });

  it('an unnamed tablet shows a short code from the random end of its id, never the UUID', () => {
    expect(shortDeviceCode(TAB1)).toBe('a3f9');
    const fr = translator('fr', frCatalog);
    const en = translator('en', enCatalog);
    const names = foldDeviceNames([named(TAB2, 'Tablette 2', '2026-03-02T08:00:00+01:00')]);
    expect(deviceLabel(fr, names, TAB1)).toBe('Tablette a3f9');
    expect(deviceLabel(en, names, TAB1)).toBe('Tablet a3f9');
    expect(deviceLabel(fr, names, TAB2)).toBe('Tablette 2');
    expect(deviceLabel(en, undefined, TAB2)).toBe('Tablet 77bc');
    expect(deviceLabel(fr, names, TAB1)).not.toContain(TAB1);
  });
});
