// @vitest-environment jsdom
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ReleveDb } from '../../../src/db/db';
import {
  chooseTraining,
  currentMode,
  DATABASE_NAMES,
  deleteTraining,
  MODE_KEY,
  wardHintKey,
} from '../../../src/db/mode';

const names = async () => (await Dexie.getDatabaseNames()).sort();

afterEach(async () => {
  localStorage.clear();
  await Dexie.delete(DATABASE_NAMES.training);
  await Dexie.delete(DATABASE_NAMES.ward);
});

describe('training mode', () => {
  it('is off unless the device chose it, and chooses a database of its own', () => {
    expect(currentMode()).toBe('ward');
    localStorage.setItem(MODE_KEY, 'something else');
    expect(currentMode()).toBe('ward');
    chooseTraining();
    expect(currentMode()).toBe('training');
    expect(DATABASE_NAMES.training).not.toBe(DATABASE_NAMES.ward);
  });

  it('leaving deletes the training database only: the real ward is kept as it was', async () => {
    const ward = new ReleveDb(DATABASE_NAMES.ward, () => null);
    await ward.local.put({ key: 'real', value: 'vrai service' });
    const training = new ReleveDb(DATABASE_NAMES.training, () => null);
    await training.local.put({ key: 'practice', value: 'exercice' });
    chooseTraining();
    localStorage.setItem(wardHintKey(DATABASE_NAMES.ward), '1');
    localStorage.setItem(wardHintKey(DATABASE_NAMES.training), '1');
    expect(await names()).toEqual([DATABASE_NAMES.ward, DATABASE_NAMES.training].sort());

    await deleteTraining(() => training.close());

    // The hint that a training ward is here goes with it (db/wardHint.ts); the ward's stays.
    expect(localStorage.getItem(wardHintKey(DATABASE_NAMES.training))).toBeNull();
    expect(localStorage.getItem(wardHintKey(DATABASE_NAMES.ward))).toBe('1');

    expect(await names()).toEqual([DATABASE_NAMES.ward]);
    expect(currentMode()).toBe('ward');
    expect(await ward.local.get('real')).toEqual({ key: 'real', value: 'vrai service' });
    ward.close();
  });
});
