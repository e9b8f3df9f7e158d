import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildEvent } from '../../../src/db/append';
import { db } from '../../../src/db/db';
import { projectNowReadable } from '../../../src/db/keptNewer';
import { getLocal } from '../../../src/db/local';
import { emptyReport, mergeWires } from '../../../src/db/merge';
import { readPatient } from '../../../src/db/patients';
import { unlockWard } from '../../../src/db/lock';
import { getDataKey, lockSession } from '../../../src/db/session';
import { newerEvents, resetNewer } from '../../../src/db/versions';
import { toWire } from '../../../src/db/wire';
import { EVENT_VERSIONS, RELEASED_VERSIONS } from '../../../src/domain/eventVersions';
import type { WardEvent } from '../../../src/domain/events';
import { newId, type BedId } from '../../../src/domain/ids';
import { freshWard, PASSPHRASE } from './fixtures';
import { admit, hoursAgo } from './patientFixtures';

beforeEach(async () => {
  await freshWard();
  resetNewer();
});
afterEach(() => resetNewer());

/** A move as a newer Relève seals it: version 99 (of the same shape, for the update below). */
async function newerMove(patientId: Parameters<typeof readPatient>[0], bedId: BedId) {
  const event = await buildEvent({
    type: 'patient.moved',
    patientId,
    at: hoursAgo(1),
    payload: { bedId },
  });
  return { ...event, v: 99 };
}

async function merge(wires: unknown[]) {
  const key = getDataKey();
  const wardId = await getLocal('wardId');
  if (!key || !wardId) throw new Error('no ward');
  const report = emptyReport();
  const source = { fileName: 'f', deviceId: 'd', createdAt: hoursAgo(0), kind: 'ward' };
  await mergeWires(wires, key, wardId, { keyOf: (p) => `t:${p}`, source, at: hoursAgo(0) }, report);
  return report;
}

describe('an entry a newer Relève wrote, received from a file or the hub', () => {
  it('is kept as it came, not set aside; the board waits for an update', async () => {
    const patient = await admit();
    const before = await readPatient(patient);
    const move = await newerMove(patient, newId<BedId>());
    const wire = await toWire(move, getDataKey() as CryptoKey);

    expect(await merge([wire, wire])).toMatchObject({
      added: 1,
      alreadyPresent: 1,
      quarantined: 0,
    });
    expect(await merge([wire])).toMatchObject({ added: 0, alreadyPresent: 1 });
    expect(await db.quarantine.count()).toBe(0);
    expect(await db.outbox.get(move.id)).toBeUndefined();
    expect(await readPatient(patient)).toEqual(before);
    await db.events.get(move.id);
    expect(newerEvents().map((e) => e.id)).toEqual([move.id]);
    // Not readable yet: nothing to project, still listed.
    expect(await projectNowReadable()).toBe(0);
  });

  it('once this app reads it (updated), it reaches the board at the next unlock', async () => {
    const patient = await admit();
    const bed = newId<BedId>();
    const wire = await toWire(await newerMove(patient, bed), getDataKey() as CryptoKey);
    await merge([wire]);
    resetNewer({ ...RELEASED_VERSIONS, current: { ...EVENT_VERSIONS, 'patient.moved': 99 } });
    expect((await readPatient(patient))?.bed).not.toBe(bed);
    lockSession();
    expect(await unlockWard(PASSPHRASE)).toEqual({ ok: true });
    expect((await readPatient(patient))?.bed).toBe(bed);
    expect(await projectNowReadable()).toBe(0);
  });

  it('of another key or ward: set aside as "newer", in words', async () => {
    const patient = await admit();
    const move = await newerMove(patient, newId<BedId>());
    const other = await toWire(
      { ...move, wardId: 'another-ward' } as WardEvent,
      getDataKey() as CryptoKey,
    );
    expect(await merge([other])).toMatchObject({ added: 0, quarantined: 1 });
    expect((await db.quarantine.toArray()).map((row) => row.reason)).toEqual(['newer']);
  });
});
