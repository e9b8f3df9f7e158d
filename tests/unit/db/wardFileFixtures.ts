import { writeEvents } from '../../../src/db/append';
import { db } from '../../../src/db/db';
import { getLocal } from '../../../src/db/local';
import { getDataKey, lockSession } from '../../../src/db/session';
import { toWire, type WireEvent } from '../../../src/db/wire';
import { writeWardFile, type HeaderFields } from '../../../src/wardFile/file';
import { demoWard } from '../../../src/domain/demo/demoWard';
import type { WardEvent } from '../../../src/domain/events';
import type { WardId } from '../../../src/domain/ids';

export const START = '2026-11-20T07:00:00+01:00';

/** The demo ward under this tablet's ward id (seeded: the same events every run). */
export async function demoEvents(days = 1, seed = 5, beds = 6): Promise<WardEvent[]> {
  const wardId = await getLocal('wardId');
  if (!wardId) throw new Error('no ward');
  return demoWard({ seed, days, beds, start: START, wardId: wardId as WardId });
}

export async function recordDemo(days = 1, seed = 5, beds = 6): Promise<WardEvent[]> {
  const events = await demoEvents(days, seed, beds);
  await writeEvents(events);
  return events;
}

const byKey =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** Everything a merge may change, decrypted, in key order. */
export const tabletState = async () => ({
  events: (await db.events.toArray()).sort(byKey((e) => e.id)),
  patients: (await db.patients.toArray()).sort(byKey((p) => p.id)),
  lastVitals: (await db.lastVitals.toArray()).sort(byKey((r) => r.patientId)),
  quarantine: (await db.quarantine.toArray()).sort(byKey((r) => r.key)),
  wardId: await getLocal('wardId'),
  keyRecord: await getLocal('keyRecord'),
});

/** A new tablet: an empty database, locked, no ward. */
export async function emptyTablet() {
  await lockSession();
  await db.delete();
  await db.open();
}

/** One byte of a base64 ciphertext flipped: what a bad USB key or a forger would leave. */
export function flipped(text: string, at = 0): string {
  const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  bytes[at] = (bytes[at] ?? 0) ^ 1;
  return btoa(String.fromCharCode(...bytes));
}

/** A wire event whose payload ciphertext has one flipped byte. */
export const withFlippedPayload = (wire: WireEvent): WireEvent => ({
  ...wire,
  payload: { ...wire.payload, ct: flipped(wire.payload.ct) },
});

/**
 * A correctly framed ward file of this tablet's ward holding exactly `items` (wire events,
 * altered ones included), sealed with the session key: what a faulty or hostile tablet of
 * the ward could make.
 */
export async function fileOf(
  items: readonly unknown[],
  fields: Partial<HeaderFields> = {},
): Promise<File> {
  const key = getDataKey();
  const wardId = await getLocal('wardId');
  if (!key || !wardId) throw new Error('no open ward');
  const { blob } = await writeWardFile(
    key,
    {
      kind: 'ward',
      wardId,
      createdAt: '2026-12-01T15:00:00.000+01:00',
      deviceId: '01a231e0-c0de-7000-8000-00000000beef',
      since: null,
      keyRecord: await getLocal('keyRecord'),
      ...fields,
    },
    (async function* () {
      yield items;
    })(),
  );
  return new File([blob], 'releve-medecine-3-2026-12-01-1500.releve');
}

/** The stored events as wire events (the ward key of the open session). */
export async function wiresOf(events: readonly WardEvent[]): Promise<WireEvent[]> {
  const key = getDataKey();
  if (!key) throw new Error('locked');
  return Promise.all(events.map((event) => toWire(event, key)));
}
