// Interop: the client and a stock PouchDB (the reference implementation of the protocol)
// exchange events through the embedded hub, both ways.
import PouchDB from 'pouchdb-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getLocal } from '../../../src/db/local';
import { syncOnce } from '../../../src/sync/loop';
import {
  addWard,
  hubHome,
  startHubProcess,
  stopAllHubs,
  type HubProcess,
  type WardCredential,
} from '../../hub/hubProcess';
import { localDb } from '../../hub/sealedDocs';
import { freshWard } from '../db/fixtures';
import { demoEvents, recordDemo, wiresOf } from '../db/wardFileFixtures';
import { configOf, otherTablet, sessionKey, wardState } from './hubFixtures';

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
beforeEach(async () => {
  await freshWard();
  n += 1;
  ward = addWard(home.dataDir, `interop-${n}`);
});

const remote = () =>
  new PouchDB(`${hub.url}/hub/${ward.db}`, {
    auth: { username: ward.user, password: ward.password },
  });
const wardIdOf = async () => (await getLocal('wardId')) ?? '';

describe('sync with a hub: interop with a stock PouchDB', () => {
  it('a stock PouchDB replicate.from(hub) receives every event the client pushed', async () => {
    await recordDemo(1, 5, 2);
    const { events } = await wardState();
    await syncOnce(configOf(hub, ward), sessionKey(), await wardIdOf());
    const tablet = await localDb('pouch-from');
    try {
      const result = await tablet.db.replicate.from(remote(), { batch_size: 50 });
      expect(result).toMatchObject({ ok: true, doc_write_failures: 0 });
      const ids = (await tablet.db.allDocs()).rows.map((row) => row.id);
      expect(ids.filter((id) => !id.startsWith('releve:')).sort()).toEqual(events.map((e) => e.id));
    } finally {
      await tablet.remove();
    }
  });

  it('the client pulls a hub database filled by a stock PouchDB', async () => {
    const events = await demoEvents(1, 7, 2);
    // Sealed with the ward key, stored by PouchDB with its own revisions, pushed by it.
    const wires = await wiresOf(events);
    const tablet = await localDb('pouch-to');
    try {
      await tablet.db.bulkDocs(wires.map((wire) => ({ _id: wire.id, ...wire })));
      const pushed = await tablet.db.replicate.to(remote(), { batch_size: 50 });
      expect(pushed).toMatchObject({ ok: true, docs_written: events.length });
    } finally {
      await tablet.remove();
    }
    await otherTablet();
    const exchange = await syncOnce(configOf(hub, ward), sessionKey(), await wardIdOf());
    expect(exchange.received).toMatchObject({
      added: events.length,
      alreadyPresent: 0,
      quarantined: 0,
    });
    const state = await wardState();
    expect(state.events.map((e) => e.id)).toEqual(events.map((e) => e.id).sort());
  });
});
