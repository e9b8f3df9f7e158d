import { describe, expect, it } from 'vitest';
import { inSlices } from '../../../src/db/crypto/slices';

/** Work that settles later (a task), counting how many are started and not yet settled. */
function trackedWork() {
  let pending = 0;
  let most = 0;
  const started: number[] = [];
  const work = (item: number, index: number) => {
    started.push(index);
    pending += 1;
    most = Math.max(most, pending);
    return new Promise<string>((resolve) =>
      setTimeout(() => {
        pending -= 1;
        resolve(`${item}@${index}`);
      }, 0),
    );
  };
  return { work, started, most: () => most };
}

describe('inSlices', () => {
  it('gives every result in order, with at most a slice started at a time', async () => {
    const items = Array.from({ length: 45 }, (_, i) => i * 10);
    const { work, started, most } = trackedWork();
    const results = await inSlices(items, work, 10);
    expect(results).toEqual(items.map((item, i) => `${item}@${i}`));
    expect(started).toEqual(items.map((_, i) => i));
    expect(most()).toBe(10);
  });

  it('starts everything at once when it fits one slice', async () => {
    const { work, most } = trackedWork();
    expect(await inSlices([1, 2, 3], work, 10)).toEqual(['1@0', '2@1', '3@2']);
    expect(most()).toBe(3);
  });

  it('stops at a failed slice: the next slices are never started', async () => {
    const started: number[] = [];
    const work = (item: number) => {
      started.push(item);
      return item === 3 ? Promise.reject(new Error('bad row')) : Promise.resolve(item);
    };
    await expect(inSlices([0, 1, 2, 3, 4, 5, 6], work, 2)).rejects.toThrow('bad row');
    expect(started).toEqual([0, 1, 2, 3]);
  });
});
