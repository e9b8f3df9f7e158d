import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { attempt } from '../../../src/db/errors';
import { changeWardSettings, readWard } from '../../../src/db/ward';
import { freshWard } from './fixtures';

const settingEvents = () =>
  db.events
    .where('[type+atMs]')
    .between(['ward.settingsChanged', 0], ['ward.settingsChanged', Infinity])
    .toArray();

beforeEach(freshWard);

describe('changing the ward’s glycaemia unit', () => {
  it('writes one ward-level event that the ward then reads', async () => {
    expect((await readWard())?.settings.glucoseUnit).toBe('g/L');
    expect(await attempt(() => changeWardSettings({ glucoseUnit: 'mmol/L' }))).toEqual({
      ok: true,
      value: true,
    });
    const events = await settingEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ patientId: null, payload: { glucoseUnit: 'mmol/L' } });
    expect((await readWard())?.settings.glucoseUnit).toBe('mmol/L');
  });

  it('writes nothing when the unit is already the ward’s', async () => {
    await changeWardSettings({ glucoseUnit: 'mmol/L' });
    expect(await changeWardSettings({ glucoseUnit: 'mmol/L' })).toBe(false);
    expect(await settingEvents()).toHaveLength(1);
  });
});
