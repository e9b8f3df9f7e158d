import { beforeEach, describe, expect, it } from 'vitest';
import { writeEvents } from '../../../src/db/append';
import { importWardFile, makeWardFile, type MergeReport } from '../../../src/db/wardFile';
import { currentVersion, type WardEvent } from '../../../src/domain/events';
import { newId, type EventId } from '../../../src/domain/ids';
import { freshWard } from './fixtures';
import { joinedTablet, loadTablet, saveTablet, type Tablet } from './tablets';
import { demoEvents, unlockedState } from './wardFileFixtures';

beforeEach(freshWard);

/** Tablet `from` makes a ward file (all, or since an instant) and tablet `to` imports it. */
async function exchange(
  tablets: Tablet[],
  from: number,
  to: number,
  sinceMs?: number,
): Promise<MergeReport> {
  await loadTablet(tablets[from] ?? {});
  const { blob } = await makeWardFile(sinceMs === undefined ? {} : { sinceMs });
  tablets[from] = await saveTablet();
  await loadTablet(tablets[to] ?? {});
  const report = await importWardFile(blob);
  tablets[to] = await saveTablet();
  return report;
}

/** Log and projections, decrypted; `local` left out (device id, when a file was made). */
async function stateOf(tablet: Tablet) {
  await loadTablet(tablet);
  const { events, patients, lastVitals, quarantine } = await unlockedState();
  return { events, patients, lastVitals, quarantine };
}

/** A tablet that recorded everything itself: the state merges must converge to. */
async function reference(start: Tablet, events: readonly WardEvent[]) {
  await loadTablet(start);
  await writeEvents(events);
  return stateOf(await saveTablet());
}

describe('merging ward files between tablets', () => {
  it("two tablets' files that share part of their log give the union, on both", async () => {
    const all = await demoEvents(1, 7, 4);
    expect(all.length).toBeGreaterThan(450);
    const a = await saveTablet();
    const tablets = [a, await joinedTablet()];
    const expected = await reference(a, all);
    await loadTablet(tablets[0] ?? {});
    await writeEvents(all.slice(0, 300));
    tablets[0] = await saveTablet();
    await loadTablet(tablets[1] ?? {});
    await writeEvents(all.slice(150));
    tablets[1] = await saveTablet();

    const toB = await exchange(tablets, 0, 1);
    expect(toB).toMatchObject({ added: 150, quarantined: 0 });
    expect(toB.alreadyPresent).toBe(150 + 2); // shared, and the ward's first two events
    const toA = await exchange(tablets, 1, 0);
    expect(toA).toMatchObject({ added: all.length - 300, quarantined: 0 });
    expect(await stateOf(tablets[0] ?? {})).toEqual(expected);
    expect(await stateOf(tablets[1] ?? {})).toEqual(expected);
  });
});

/** A deterministic generator, so that a failing seed replays. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** A correction of `target` a few minutes later, on any tablet. */
const strike = (target: WardEvent, minutes: number): WardEvent<'event.voided'> => {
  const later = new Date(Date.parse(target.recordedAt) + minutes * 60_000).toISOString();
  return {
    id: newId<EventId>(),
    wardId: target.wardId,
    patientId: target.patientId,
    type: 'event.voided',
    at: later,
    recordedAt: later,
    author: target.author,
    deviceId: target.deviceId,
    v: currentVersion('event.voided'),
    payload: { eventId: target.id, reason: 'Erreur de saisie' },
  };
};

function withCorrections(events: readonly WardEvent[], rnd: () => number): WardEvent[] {
  const extra: WardEvent[] = [];
  for (const event of events) {
    const header = event.type.startsWith('patient.') && event.type !== 'patient.admitted';
    if (header ? rnd() < 0.3 : event.type === 'vitals.recorded' && rnd() < 0.05) {
      extra.push(strike(event, 20));
    }
  }
  return [...events, ...extra];
}

describe('any interleaving of merges between three tablets', () => {
  it.each([1, 2, 3, 4, 5, 6])(
    'converges to the state of one tablet that recorded everything (seed %i)',
    async (seed) => {
      const rnd = random(seed);
      const all = withCorrections(await demoEvents(1, seed, 3), rnd);
      const start = await saveTablet();
      const tablets = [start, await joinedTablet(), await joinedTablet()];
      const expected = await reference(start, all);
      // Each entry is recorded on one tablet, in its order there; merges come in between.
      const queues: WardEvent[][] = [[], [], []];
      for (const event of all) queues[Math.floor(rnd() * 3)]?.push(event);
      const pick = () => Math.floor(rnd() * 3);
      while (queues.some((queue) => queue.length > 0)) {
        const tablet = pick();
        if (rnd() < 0.6) {
          const batch = queues[tablet]?.splice(0, 1 + Math.floor(rnd() * 120)) ?? [];
          if (batch.length === 0) continue;
          await loadTablet(tablets[tablet] ?? {});
          await writeEvents(batch);
          tablets[tablet] = await saveTablet();
        } else {
          const other = (tablet + 1 + Math.floor(rnd() * 2)) % 3;
          // Half the files are "since" an entry time, so some entries travel late.
          const some = all[Math.floor(rnd() * all.length)];
          const since = rnd() < 0.5 && some ? Date.parse(some.recordedAt) : undefined;
          await exchange(tablets, tablet, other, since);
        }
      }
      // Whole files around the ring until everyone has everything.
      for (const [from, to] of [
        [0, 1],
        [1, 2],
        [2, 0],
        [0, 1],
      ] as const) {
        await exchange(tablets, from, to);
      }
      for (const tablet of tablets) expect(await stateOf(tablet)).toEqual(expected);
    },
    300_000,
  );
});
