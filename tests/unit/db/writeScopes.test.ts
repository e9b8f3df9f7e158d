import { beforeEach, describe, expect, it } from 'vitest';
import { writeEvents } from '../../../src/db/append';
import { db } from '../../../src/db/db';
import { ensureDeviceId, getLocal } from '../../../src/db/local';
import { tablesOf, writeTransaction } from '../../../src/db/projections';
import { EVENT_TYPES, validateEvent, type EventType } from '../../../src/domain/events';
import { EVENT_VERSIONS } from '../../../src/domain/eventVersions';
import { frozenEvent } from '../domain/frozenEvents/frozen';
import { freshWard } from './fixtures';

beforeEach(freshWard);

/**
 * The frozen event of a type, as this ward's device would write it now. A correction strikes
 * `target` through (a vitals set: its projection is the widest).
 */
async function eventOf(type: EventType, target?: { id: string; patientId: string | null }) {
  const frozen = frozenEvent(type, EVENT_VERSIONS[type]);
  return validateEvent({
    ...frozen,
    id: crypto.randomUUID(),
    // Read inside the write, as buildEvent does: the scope must hold `local`.
    wardId: await getLocal('wardId'),
    deviceId: await ensureDeviceId(),
    ...(target
      ? {
          patientId: target.patientId,
          payload: { ...(frozen.payload as object), eventId: target.id },
        }
      : {}),
  });
}

const writeOne = (type: EventType, target?: { id: string; patientId: string | null }) =>
  writeTransaction([type], async () => {
    const event = await eventOf(type, target);
    await writeEvents([event]);
    return event;
  });

describe('a write transaction is scoped from the event types it writes', () => {
  it.each(EVENT_TYPES.filter((type) => type !== 'event.voided'))(
    '%s: built, written and projected within its scope',
    async (type) => {
      const event = await writeOne(type);
      expect((await db.events.get(event.id))?.type).toBe(type);
    },
  );

  it('event.voided: a correction of a vitals set refolds lastVitals within its scope', async () => {
    const vitals = await writeOne('vitals.recorded');
    const lastSet = () => db.lastVitals.toArray();
    expect((await lastSet()).map((row) => row.patientId)).toEqual([vitals.patientId]);
    const correction = await writeOne('event.voided', vitals);
    expect((await db.events.get(correction.id))?.type).toBe('event.voided');
    expect(await lastSet()).toEqual([]);
  });

  it('Dexie refuses a write whose projection reaches a table outside the scope', async () => {
    // The control: the same vitals write, in a scope that lacks lastVitals, fails.
    const narrow = tablesOf(['patient.moved']);
    await expect(
      db.transaction('rw', [...narrow, db.local], async () =>
        writeEvents([await eventOf('vitals.recorded')]),
      ),
    ).rejects.toThrow();
    expect((await db.events.toArray()).some((e) => e.type === 'vitals.recorded')).toBe(false);
  });
});
