import { toWire, type WireEvent } from '../../src/db/wire';
import { DAY } from '../../src/domain/demo/clock';
import { demoWard } from '../../src/domain/demo/demoWard';
import type { WardEvent } from '../../src/domain/events';

/** One event of the simulated ward: which day of the outage and which tablet records it. */
export interface WardEntry {
  event: WardEvent;
  /** What the hub stores: the ciphertext and the clear fields bound to it. */
  wire: WireEvent;
  day: number;
  tablet: number;
}

export interface SealedWard {
  entries: WardEntry[];
  key: CryptoKey;
  /** An entry's position by event id: what a tablet's store checks pulled documents against. */
  indexOf: ReadonlyMap<string, number>;
}

/**
 * Every patient's events on one tablet (in the order patients first appear, round robin),
 * the ward's own on the first: each tablet of a ward looks after its beds.
 */
export function tabletOf(events: readonly WardEvent[], tablets: number): number[] {
  const byPatient = new Map<string, number>();
  return events.map((event) => {
    if (!event.patientId) return 0;
    let tablet = byPatient.get(event.patientId);
    if (tablet === undefined) {
      tablet = byPatient.size % tablets;
      byPatient.set(event.patientId, tablet);
    }
    return tablet;
  });
}

/** The day of the outage an event was entered on (0-based, clamped to the run). */
export const dayOf = (event: WardEvent, startMs: number, days: number): number =>
  Math.min(days - 1, Math.max(0, Math.floor((Date.parse(event.recordedAt) - startMs) / DAY)));

/**
 * The benchmark's demo ward (seed 12, 30 beds) sealed once with the app's own `toWire` and a
 * fresh ward key, split by day and by tablet. `onSealed` sees each document as it is made.
 */
export async function sealedWard(
  days: number,
  tablets: number,
  start: string,
  onSealed: (wire: WireEvent) => void = () => {},
): Promise<SealedWard> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const events = demoWard({ seed: 12, days, start });
  const startMs = Date.parse(start);
  const owners = tabletOf(events, tablets);
  const entries: WardEntry[] = [];
  for (const [at, event] of events.entries()) {
    const wire = await toWire(event, key);
    onSealed(wire);
    entries.push({ event, wire, day: dayOf(event, startMs, days), tablet: owners[at] ?? 0 });
  }
  return { entries, key, indexOf: new Map(events.map((event, at) => [event.id, at])) };
}
