import { beforeEach, describe, expect, it } from 'vitest';
import { writeBatch, writeEvents } from '../../../src/db/append';
import { db } from '../../../src/db/db';
import { getLocal } from '../../../src/db/local';
import { rebuildProjections } from '../../../src/db/projections';
import { demoWard } from '../../../src/domain/demo/demoWard';
import { currentVersion, type WardEvent } from '../../../src/domain/events';
import { newId, type EventId, type WardId } from '../../../src/domain/ids';
import { ValidationError } from '../../../src/domain/validation';
import { freshWard } from './fixtures';

beforeEach(freshWard);

const START = '2026-11-20T07:00:00+01:00';

async function ward(days: number, seed = 5, beds = 6): Promise<WardEvent[]> {
  const wardId = await getLocal('wardId');
  if (!wardId) throw new Error('no ward');
  return demoWard({ seed, days, beds, start: START, wardId: wardId as WardId });
}

const snapshot = async () => ({
  events: await db.events.count(),
  patients: (await db.patients.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1)),
  lastVitals: (await db.lastVitals.toArray()).sort((a, b) => (a.patientId < b.patientId ? -1 : 1)),
});

describe('writeBatch', () => {
  it('adds a batch once: the same events again are skipped and counted, as are repeats', async () => {
    const events = await ward(1);
    const first = events.slice(0, 300);
    expect(await writeBatch(first)).toEqual({ added: 300, alreadyPresent: 0 });
    const once = await snapshot();
    expect(await writeBatch(first)).toEqual({ added: 0, alreadyPresent: 300 });
    expect(await snapshot()).toEqual(once);
    // Half known, half new, and a new one repeated in the same batch.
    const next = [...events.slice(150, 400), events[350] as WardEvent];
    expect(await writeBatch(next)).toEqual({ added: 100, alreadyPresent: 151 });
    expect((await snapshot()).events).toBe(once.events + 100);
  });

  it('writes nothing when one event of the batch is bad, and says which', async () => {
    const events = await ward(1);
    await writeBatch(events.slice(0, 200));
    const before = await snapshot();
    const bad = { ...(events[250] as WardEvent), payload: { nonsense: true } };
    const batch = [...events.slice(200, 250), bad, ...events.slice(251, 300)];
    const write = writeBatch(batch);
    await expect(write).rejects.toThrow(ValidationError);
    const issues = await write.then(
      () => [],
      (error: ValidationError) => error.issues,
    );
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.path.startsWith('50.payload.'))).toBe(true);
    expect(await snapshot()).toEqual(before);
    const stranger = { ...(events[260] as WardEvent), wardId: newId<WardId>() };
    await expect(writeBatch([...events.slice(200, 210), stranger])).rejects.toMatchObject({
      issues: [{ path: '10.wardId', code: 'wrongWard' }],
    });
    expect(await snapshot()).toEqual(before);
  });
});

/** A deterministic generator, so a failing order can be replayed from its seed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** A correction of `target`, a few minutes after it (any device, any author of the ward). */
const strike = (target: WardEvent, minutes: number): WardEvent<'event.voided'> => ({
  id: newId<EventId>(),
  wardId: target.wardId,
  patientId: target.patientId,
  type: 'event.voided',
  at: new Date(Date.parse(target.recordedAt) + minutes * 60_000).toISOString(),
  recordedAt: new Date(Date.parse(target.recordedAt) + minutes * 60_000).toISOString(),
  author: target.author,
  deviceId: target.deviceId,
  v: currentVersion('event.voided'),
  payload: { eventId: target.id, reason: 'Erreur de saisie' },
});

/**
 * The demo ward plus corrections of header events and of vitals (and of corrections), which
 * the demo does not strike, so that every path of the projections is taken.
 */
function withCorrections(events: readonly WardEvent[], rnd: () => number): WardEvent[] {
  const extra: WardEvent[] = [];
  for (const event of events) {
    const header = event.type.startsWith('patient.') && event.type !== 'patient.admitted';
    const struck = header ? rnd() < 0.3 : event.type === 'vitals.recorded' && rnd() < 0.05;
    if (!struck) continue;
    const correction = strike(event, 20);
    extra.push(correction);
    if (rnd() < 0.3) extra.push(strike(correction, 40));
  }
  return [...events, ...extra];
}

describe('projections written in batches, in any order', () => {
  it.each([1, 2, 3, 4])(
    'equal a rebuild whatever the order and the cut of the batches (seed %i)',
    async (seed) => {
      const rnd = random(seed);
      const events = withCorrections(await ward(2, seed), rnd);
      // Shuffled: late entries, corrections before what they strike, across batches too.
      const shuffled = events
        .map((event) => ({ event, key: rnd() }))
        .sort((a, b) => a.key - b.key)
        .map(({ event }) => event);
      const voidFirst = shuffled.findIndex((e) => e.type === 'event.voided');
      expect(voidFirst).toBeGreaterThanOrEqual(0);
      for (let i = 0; i < shuffled.length;) {
        const size = 1 + Math.floor(rnd() * 400);
        await writeEvents(shuffled.slice(i, i + size));
        i += size;
      }
      const incremental = await snapshot();
      expect(incremental.patients.length).toBeGreaterThan(3);
      expect(incremental.lastVitals.length).toBeGreaterThan(3);
      await rebuildProjections();
      expect(await snapshot()).toEqual(incremental);
    },
    120_000,
  );
});
