// The sync client (src/sync) against the embedded hub started by the test: push, pull,
// checkpoints, a cut mid-way, a wrong credential, a tampered document.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { getLocal } from '../../../src/db/local';
import { HubError } from '../../../src/sync/hubClient';
import { syncOnce } from '../../../src/sync/loop';
import { pull } from '../../../src/sync/pull';
import { push } from '../../../src/sync/push';
import { HubClient } from '../../../src/sync/hubClient';
import { revOf } from '../../../src/sync/rev';
import {
  addWard,
  hubHome,
  startHubProcess,
  stopAllHubs,
  type HubProcess,
  type WardCredential,
} from '../../hub/hubProcess';
import { freshWard } from '../db/fixtures';
import { demoEvents, recordDemo, wiresOf, withFlippedPayload } from '../db/wardFileFixtures';
import {
  configOf,
  couch,
  fetchThen,
  hubEventIds,
  otherTablet,
  outboxCount,
  sessionKey,
  wardState,
} from './hubFixtures';

const home = hubHome();
let hub: HubProcess;
let ward: WardCredential;
let n = 0;

beforeAll(async () => {
  hub = await startHubProcess(home);
}, 60_000);
afterAll(async () => {
  await stopAllHubs();
  home.remove();
});
// Each test: a fresh ward on a fresh hub database.
beforeEach(async () => {
  await freshWard();
  n += 1;
  ward = addWard(home.dataDir, `sync-${n}`);
});

const wardIdOf = async () => (await getLocal('wardId')) ?? '';

describe('sync with a hub: push, pull, checkpoints', () => {
  it('pushes the log, a new tablet pulls it whole, and a second exchange moves nothing', async () => {
    await recordDemo(1, 5, 3);
    const config = configOf(hub, ward);
    const before = await wardState();
    // A ward created here that never pushed: its first push queues the whole log (push.ts).
    expect(await outboxCount()).toBe(0);

    const first = await syncOnce(config, sessionKey(), await wardIdOf());
    expect(first.sent).toBe(before.events.length);
    expect(await outboxCount()).toBe(0);
    expect(await hubEventIds(config)).toEqual(before.events.map((e) => e.id));
    // One revision per event, the same on every tablet; checkpoints on the hub.
    const sample = before.events[0]?.id ?? '';
    const doc = await couch(config, `/${sample}`);
    expect(doc.body).toMatchObject({ _id: sample, _rev: await revOf(sample) });
    expect(JSON.stringify(doc.body)).not.toContain('Alice');

    await otherTablet();
    const received = await syncOnce(config, sessionKey(), await wardIdOf());
    expect(received.sent).toBe(0);
    expect(received.received).toMatchObject({
      added: before.events.length,
      alreadyPresent: 0,
      quarantined: 0,
    });
    expect(received.received.newPatients).toBe(before.patients.length);
    expect(await wardState()).toEqual(before);
    // Pulled events are not queued back for the hub.
    expect(await outboxCount()).toBe(0);

    const again = await syncOnce(config, sessionKey(), await wardIdOf());
    expect(again).toEqual({
      sent: 0,
      received: { added: 0, alreadyPresent: 0, newPatients: 0, quarantined: 0 },
    });
    const local = await getLocal('hubPulled');
    const name = (await couch(config, '/_local/releve-pull-' + (await getLocal('deviceId')))).body;
    expect(name).toMatchObject({ last_seq: local?.seq });
  });

  it('an event charted on one tablet reaches the other, and only that one travels', async () => {
    await recordDemo(1, 5, 2);
    const config = configOf(hub, ward);
    await syncOnce(config, sessionKey(), await wardIdOf());
    await otherTablet();
    await syncOnce(config, sessionKey(), await wardIdOf());
    const [extra] = (await demoEvents(2, 9, 2)).filter((e) => e.type === 'vitals.recorded');
    if (!extra) throw new Error('no vitals in the demo');
    const { writeEvents } = await import('../../../src/db/append');
    await writeEvents([extra]);
    expect(await outboxCount()).toBe(1);
    const exchange = await syncOnce(config, sessionKey(), await wardIdOf());
    expect(exchange.sent).toBe(1);
    expect(await hubEventIds(config)).toContain(extra.id);
  });
});

describe('sync with a hub: cuts and refusals', () => {
  it('resumes after the hub is killed mid-push and mid-pull: nothing lost, nothing twice', async () => {
    await recordDemo(1, 5, 3);
    const before = await wardState();
    const count = before.events.length;
    let config = configOf(hub, ward);
    // The hub dies (SIGKILL) once the 2nd batch is answered; it is started again after.
    const kill = () => hub.kill('SIGKILL');
    const restart = async () => {
      hub = await startHubProcess(home, hub.port);
    };
    const cutPush = new HubClient(config, fetchThen('/_bulk_docs', 2, kill));
    await expect(push(cutPush, sessionKey(), 50)).rejects.toThrow(HubError);
    await restart();
    config = configOf(hub, ward);
    // Two batches reached the hub; the rest waits in the outbox.
    expect(await outboxCount()).toBeGreaterThan(0);
    expect(await outboxCount()).toBeLessThanOrEqual(count - 100);
    expect(await push(new HubClient(config), sessionKey(), 50)).toBeLessThanOrEqual(count - 100);
    expect(await outboxCount()).toBe(0);
    expect(await hubEventIds(config)).toEqual(before.events.map((e) => e.id));
    const info = (await couch(config, '')).body as { doc_count: number };
    expect(info.doc_count).toBe(count);

    await otherTablet();
    const cutPull = new HubClient(config, fetchThen('/_changes', 2, kill));
    await expect(pull(cutPull, sessionKey(), await wardIdOf(), 'now', 50)).rejects.toThrow(
      HubError,
    );
    await restart();
    config = configOf(hub, ward);
    const partial = await db.events.count();
    expect(partial).toBeGreaterThanOrEqual(50);
    expect(partial).toBeLessThan(count);
    const rest = await pull(new HubClient(config), sessionKey(), await wardIdOf(), 'now', 50);
    // Resumed from the checkpoint: the batches already written are not read again.
    expect(rest.added).toBe(count - partial);
    expect(rest.alreadyPresent).toBe(0);
    expect(await wardState()).toEqual(before);
  });

  it('a wrong credential: a clear 401 error, and nothing changes on the tablet or the hub', async () => {
    await recordDemo(1, 5, 2);
    const config = { ...configOf(hub, ward), password: 'not-the-password' };
    const before = await wardState();
    const waiting = await outboxCount();
    const failure = await syncOnce(config, sessionKey(), await wardIdOf()).catch((e) => e);
    expect(failure).toBeInstanceOf(HubError);
    expect(failure).toMatchObject({ code: 'unauthorized' });
    expect(await wardState()).toEqual(before);
    expect(await outboxCount()).toBe(waiting);
    expect(await getLocal('hubPulled')).toBeUndefined();
    expect(await getLocal('hubExchangedAt')).toBeUndefined();
    expect(await hubEventIds(configOf(hub, ward))).toEqual([]);
  });

  it('a tampered document served by the hub is quarantined, never applied', async () => {
    const events = (await demoEvents(1, 5, 2)).slice(0, 20);
    const config = configOf(hub, ward);
    const wires = await wiresOf(events);
    const docs = await Promise.all(
      wires.map(async (wire, i) => ({
        _id: wire.id,
        _rev: await revOf(wire.id),
        ...(i === 3 ? withFlippedPayload(wire) : wire),
      })),
    );
    expect((await couch(config, '/_bulk_docs', 'POST', { docs, new_edits: false })).status).toBe(
      201,
    );
    const report = await pull(new HubClient(config), sessionKey(), await wardIdOf(), 'now');
    expect(report).toMatchObject({ added: 19, quarantined: 1 });
    expect(await db.events.where('id').equals(String(events[3]?.id)).count()).toBe(0);
    const [row] = await db.quarantine.toArray();
    expect(row).toMatchObject({
      eventId: events[3]?.id,
      reason: 'tampered',
      source: { kind: 'hub', fileName: `hub ${config.url}` },
    });
    // Pulled again from the start: still one row, still not applied.
    await pull(new HubClient(config), sessionKey(), await wardIdOf(), 'now');
    expect(await db.quarantine.count()).toBe(1);
  });
});
