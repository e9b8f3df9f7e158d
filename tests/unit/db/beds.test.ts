import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addBed, addBedSeries, moveBed, readBeds, updateBed } from '../../../src/db/beds';
import { writeEvents, buildEvent } from '../../../src/db/append';
import { attempt } from '../../../src/db/errors';
import { newId, type BedId } from '../../../src/domain/ids';
import { freshWard } from './fixtures';

beforeEach(freshWard);
afterEach(() => vi.restoreAllMocks());

const labels = async () => (await readBeds()).map((bed) => bed.label);
const issues = async (write: () => Promise<unknown>) => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const result = await attempt(write);
  return result.ok
    ? []
    : result.failure.kind === 'validation'
      ? result.failure.issues
      : [result.failure];
};

describe('setting up the beds', () => {
  it('adds a numbered series in one go, then single beds at the end', async () => {
    expect(await addBedSeries(1, 12)).toBe(12);
    await addBed({ label: '12bis', room: '12' });
    expect(await labels()).toEqual([...Array.from({ length: 12 }, (_, i) => `${i + 1}`), '12bis']);
  });

  it('refuses a label the ward already has, whatever the case and spaces', async () => {
    await addBed({ label: '4 A' });
    expect(await issues(() => addBed({ label: ' 4  a' }))).toEqual([
      { path: 'payload.label', code: 'duplicateBedLabel' },
    ]);
    expect(await issues(() => addBedSeries(3, 5))).toEqual([]);
    expect(await issues(() => addBedSeries(5, 6))).toEqual([
      { path: 'from', code: 'duplicateBedLabel' },
    ]);
    expect(await issues(() => addBedSeries(9, 8))).toEqual([{ path: 'to', code: 'outOfRange' }]);
    expect(await issues(() => addBed({ label: '' }))).toEqual([
      { path: 'payload.label', code: 'required' },
    ]);
    expect(await labels()).toEqual(['4 A', '3', '4', '5']);
  });

  it('renames, closes and reopens; a change of nothing is refused', async () => {
    const id = await addBed({ label: '1' });
    await addBed({ label: '2' });
    await updateBed(id, { label: '1A', room: '1', unavailable: true });
    expect((await readBeds())[0]).toMatchObject({ label: '1A', room: '1', unavailable: true });
    expect(await issues(() => updateBed(id, { label: '1A', room: '1' }))).toEqual([
      { path: 'payload', code: 'noChange' },
    ]);
    expect(await issues(() => updateBed(id, { label: '2' }))).toEqual([
      { path: 'payload.label', code: 'duplicateBedLabel' },
    ]);
    expect(await issues(() => updateBed(newId<BedId>(), { label: 'x' }))).toEqual([
      { path: 'payload.bedId', code: 'unknownBed' },
    ]);
  });

  it('moves a bed up and down the board', async () => {
    await addBedSeries(1, 3);
    const [one, , three] = (await readBeds()).map((bed) => bed.bedId);
    if (!one || !three) throw new Error('beds missing');
    await moveBed(three, -1);
    expect(await labels()).toEqual(['1', '3', '2']);
    await moveBed(one, 1);
    expect(await labels()).toEqual(['3', '1', '2']);
    await moveBed(three, -1); // already first: nothing happens
    expect(await labels()).toEqual(['3', '1', '2']);
  });

  it('separates beds added with the same position on two tablets', async () => {
    const events = await Promise.all(
      ['B', 'A'].map((label) =>
        buildEvent({ type: 'bed.added', payload: { bedId: newId<BedId>(), label, order: 1 } }),
      ),
    );
    await writeEvents(events);
    expect(await labels()).toEqual(['A', 'B']);
    const [, second] = await readBeds();
    if (second) await moveBed(second.bedId, -1);
    expect(await labels()).toEqual(['B', 'A']);
  });
});

describe('two edits of the same bed at once', () => {
  it('keeps a room set elsewhere while this form renamed the bed', async () => {
    const id = await addBed({ label: '2' });
    const shown = { label: '2', room: '' }; // tab B opens the edit form
    await updateBed(id, { label: '2', room: '12' }, { label: '2', room: '' }); // tab A
    await updateBed(id, { label: '2A', room: '' }, shown); // tab B renames only
    expect((await readBeds())[0]).toMatchObject({ label: '2A', room: '12' });
  });

  it('refuses to overwrite a field changed meanwhile, then keeps hers once she saves again', async () => {
    const id = await addBed({ label: '3', room: '3' });
    const shown = { label: '3', room: '3' };
    await updateBed(id, { label: '3', room: '4' }, shown);
    expect(await issues(() => updateBed(id, { label: '3', room: '5' }, shown))).toEqual([
      { path: 'payload.room', code: 'changedMeanwhile' },
    ]);
    expect((await readBeds())[0]?.room).toBe('4');
    await updateBed(id, { label: '3', room: '5' }, { label: '3', room: '4' });
    expect((await readBeds())[0]?.room).toBe('5');
  });
});
