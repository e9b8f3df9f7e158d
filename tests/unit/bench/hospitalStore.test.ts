import { beforeAll, describe, expect, it } from 'vitest';
import { openWire } from '../../../src/db/wire';
import { sealedWard, tabletOf, type SealedWard } from '../../../bench/hospital/sealedWard';
import { TabletStore } from '../../../bench/hospital/tabletStore';

// The simulated hospital's helpers (npm run bench:hospital): its figures rest on them.
const START = '2026-01-05T00:00:00+01:00';
let ward: SealedWard;
// Two days of the demo ward sealed: up to 30 s on a loaded 2-core machine, 3x that allowed.
beforeAll(async () => {
  ward = await sealedWard(2, 3, START);
}, 90_000);

describe('bench:hospital sealed ward', () => {
  it('gives each patient to one tablet, the ward’s own events to the first, every day its events', async () => {
    const owner = new Map<string, Set<number>>();
    for (const { event, tablet } of ward.entries) {
      if (!event.patientId) expect(tablet).toBe(0);
      else owner.set(event.patientId, (owner.get(event.patientId) ?? new Set()).add(tablet));
    }
    expect([...owner.values()].every((tablets) => tablets.size === 1)).toBe(true);
    expect(new Set(ward.entries.map((entry) => entry.tablet))).toEqual(new Set([0, 1, 2]));
    expect(new Set(ward.entries.map((entry) => entry.day))).toEqual(new Set([0, 1]));
    // What the hub gets is the app's sealed event: it opens with the ward key.
    const first = ward.entries[5];
    expect(first && (await openWire(first.wire, ward.key))).toEqual({
      ok: true,
      event: first?.event,
    });
  });

  it('splits patients round robin in the order they first appear', () => {
    const event = (patientId: string | null) => ({ patientId }) as never;
    expect(tabletOf([event('a'), event(null), event('b'), event('a'), event('c')], 2)).toEqual([
      0, 0, 1, 0, 0,
    ]);
  });
});

describe('bench:hospital tablet store', () => {
  it('holds a pulled document only if it is one of the ward’s, unaltered', () => {
    const wires = ward.entries.map((entry) => entry.wire);
    const store = new TabletStore(wires, ward.indexOf);
    const doc = (at: number) => ({ _id: wires[at]?.id, _rev: '1-x', ...wires[at] });
    store.record(0);
    expect(store.receive(doc(0))).toBe('again');
    expect(store.receive(doc(1))).toBe('new');
    expect(store.receive(doc(1))).toBe('again');
    const payload = { ...wires[2]?.payload, ct: wires[3]?.payload.ct };
    expect(store.receive({ ...doc(2), payload })).toBe('altered');
    expect(store.receive({ ...doc(4), extra: 1 })).toBe('altered');
    expect(store.receive({ ...doc(5), at: wires[6]?.at })).toBe('altered');
    expect(store.receive({ ...doc(3), _id: 'not-an-event' })).toBe('unknown');
    expect([store.count, store.altered, store.unknown]).toEqual([2, 3, 1]);
    expect(store.missing([0, 1, 2, 3, 4])).toEqual([2, 3, 4]);
  });
});
