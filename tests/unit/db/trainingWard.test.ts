import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { DATABASE_NAMES } from '../../../src/db/mode';
import { fillTrainingWard } from '../../../src/db/trainingWard';
import { newId, type WardId } from '../../../src/domain/ids';

describe('the training ward', () => {
  it('is never filled into the real ward: fictitious patients stay out of it', async () => {
    expect(db.name).toBe(DATABASE_NAMES.ward);
    const before = await db.events.count();
    await expect(fillTrainingWard(newId<WardId>())).rejects.toThrow('Not the training database');
    expect(await db.events.count()).toBe(before);
  });
});
