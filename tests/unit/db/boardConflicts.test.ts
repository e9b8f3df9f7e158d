import { afterEach, beforeEach, expect, it } from 'vitest';
import { writeEvents } from '../../../src/db/append';
import { setDbClock } from '../../../src/db/clock';
import { readWardConflicts } from '../../../src/db/conflicts';
import { getLocal } from '../../../src/db/local';
import { demoWard } from '../../../src/domain/demo/demoWard';
import { ofType, type WardEvent } from '../../../src/domain/events';
import { newId, type DeviceId, type EventId, type WardId } from '../../../src/domain/ids';
import { fixedClock } from '../../../src/domain/time';
import { voidedIds } from '../../../src/domain/voids';
import { freshWard } from './fixtures';

// Issue 12: the board's look for slots charted twice (the last 72 h of doses and care on the
// whole ward) reads from storage only what was written since its last read.

const START = '2026-11-20T07:00:00+01:00';
const SLOT_TYPES = new Set(['med.administered', 'care.done', 'event.voided']);

/** Counts the dose, care and correction rows IndexedDB hands back (get and getAll). */
function countSlotRows() {
  const counter = { rows: 0 };
  const isSlotRow = (row: unknown) =>
    typeof row === 'object' && row !== null && SLOT_TYPES.has(String(Reflect.get(row, 'type')));
  const restore: (() => void)[] = [];
  for (const proto of [IDBIndex.prototype, IDBObjectStore.prototype]) {
    for (const method of ['get', 'getAll'] as const) {
      const original = proto[method] as (this: unknown, ...args: unknown[]) => IDBRequest;
      Object.assign(proto, {
        [method](this: unknown, ...args: unknown[]) {
          const request = original.apply(this, args);
          request.addEventListener('success', () => {
            const result: unknown = request.result;
            const rows: unknown[] = Array.isArray(result) ? result : [result];
            counter.rows += rows.filter(isSlotRow).length;
          });
          return request;
        },
      });
      restore.push(() => Object.assign(proto, { [method]: original }));
    }
  }
  return { counter, stop: () => restore.forEach((undo) => undo()) };
}

let counting: ReturnType<typeof countSlotRows> | undefined;
beforeEach(async () => {
  await freshWard();
  // The ward's day 1 ends at 09:00 on day 2: its doses and care are all within the 72 h.
  setDbClock(fixedClock('2026-11-21T09:00:00+01:00'));
});
afterEach(() => {
  counting?.stop();
  setDbClock();
});

it('reads again only the entries written since, and still finds a slot charted twice', async () => {
  const wardId = (await getLocal('wardId')) as WardId;
  const events = demoWard({ seed: 5, days: 1, beds: 6, start: START, wardId });
  for (let i = 0; i < events.length; i += 500) await writeEvents(events.slice(i, i + 500));
  const first = await readWardConflicts();

  counting = countSlotRows();
  expect(await readWardConflicts()).toEqual(first);
  expect(counting.counter.rows).toBe(0);

  // Tablet B gave one of these doses too, not having seen this tablet's entry; then merged.
  const voided = voidedIds(events);
  const given = ofType(events, 'med.administered').find(
    (dose) => dose.payload.dueAt && !voided.has(dose.id),
  );
  if (!given) throw new Error('the demo ward gave no scheduled dose');
  const onB: WardEvent = { ...given, id: newId<EventId>(), deviceId: newId<DeviceId>() };
  await writeEvents([onB]);
  const after = await readWardConflicts();
  expect(counting.counter.rows).toBe(1);
  const doses = after.conflicts.filter((c) => c.kind === 'dose');
  expect(doses.map((c) => c.entries.map((e) => e.id).sort())).toEqual([[given.id, onB.id].sort()]);
});
