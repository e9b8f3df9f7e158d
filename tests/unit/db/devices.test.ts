import { beforeEach, describe, expect, it } from 'vitest';
import { voidEntry } from '../../../src/db/chartWrites';
import { db } from '../../../src/db/db';
import { nameThisDevice, readDeviceNames } from '../../../src/db/devices';
import { attempt } from '../../../src/db/errors';
import { ensureDeviceId } from '../../../src/db/local';
import { freshWard } from './fixtures';

beforeEach(freshWard);

describe('naming this tablet', () => {
  it('records a ward event with this device id and the name, read back by every screen', async () => {
    const event = await nameThisDevice('  Tablette 2 ');
    const deviceId = await ensureDeviceId();
    expect(event).toMatchObject({
      type: 'device.named',
      patientId: null,
      deviceId,
      payload: { deviceId, name: 'Tablette 2' },
    });
    expect(await db.events.get(event.id)).toMatchObject({ type: 'device.named' });
    expect((await readDeviceNames()).get(deviceId)).toBe('Tablette 2');
  });

  it('a later name replaces it; a voided one gives the earlier back', async () => {
    const deviceId = await ensureDeviceId();
    await nameThisDevice('Tablette 2');
    const wrong = await nameThisDevice('Tablete 3');
    expect((await readDeviceNames()).get(deviceId)).toBe('Tablete 3');
    await voidEntry(wrong.id, 'Faute de frappe');
    expect((await readDeviceNames()).get(deviceId)).toBe('Tablette 2');
  });

  it('refuses an empty name on its field and writes nothing', async () => {
    const before = await db.events.count();
    const result = await attempt(() => nameThisDevice('   '));
    expect(result).toMatchObject({
      ok: false,
      failure: { kind: 'validation', issues: [{ path: 'payload.name', code: 'required' }] },
    });
    expect(await db.events.count()).toBe(before);
  });
});
