// The hub killed with SIGKILL in the middle of a push, then restarted on the same data:
// the next replication completes and the hub holds every document exactly once.
import { afterAll, expect, it } from 'vitest';
import PouchDB, { type Fetch } from 'pouchdb-node';
import { addWard, hubHome, startHubProcess, stopAllHubs } from './hubProcess';
import { localDb, sealedDocs } from './sealedDocs';

const home = hubHome();
afterAll(async () => {
  await stopAllHubs();
  home.remove();
});
const N = 3000;

it('loses nothing and duplicates nothing when killed during a push', async () => {
  const ward = addWard(home.dataDir, 'cardio-3');
  const tablet = await localDb('crash');
  const docs = sealedDocs(N, 'a');
  await tablet.db.bulkDocs(docs);
  const remote = (url: string, fetch?: Fetch) =>
    new PouchDB(`${url}/hub/${ward.db}`, {
      auth: { username: ward.user, password: ward.password },
      ...(fetch ? { fetch } : {}),
    });

  const first = await startHubProcess(home);
  let batches = 0;
  let killed: Promise<void> | null = null;
  // The sixth batch is sent and the hub dies at once, without a chance to flush or close
  // anything: it may or may not have stored that batch, the tablet cannot know.
  const killDuringSixthBatch: Fetch = (url, options) => {
    const sent = PouchDB.fetch(url, options);
    if (url.includes('/_bulk_docs') && ++batches === 6) killed = first.kill('SIGKILL');
    return sent;
  };
  const interrupted = await tablet.db.replicate
    .to(remote(first.url, killDuringSixthBatch), { batch_size: 100 })
    .then(
      (result) => result,
      (error: unknown) => ({ error }),
    );
  expect(killed, 'the hub was killed during the push').not.toBeNull();
  await killed;
  expect(interrupted).not.toMatchObject({ ok: true, docs_written: N });

  const second = await startHubProcess(home, first.port);
  const hub = remote(second.url);
  // How much survived is not fixed: runs here kept 266 to 500 of the 500 documents the hub
  // had acknowledged (its store does not sync each write to disk). The protocol copes: the
  // checkpoints on both sides are compared, and what the hub lost is sent again.
  const atRestart = (await hub.info()).doc_count;
  console.log(`hub held ${atRestart} documents after the restart`);
  expect(atRestart).toBeLessThan(N);

  const resumed = await tablet.db.replicate.to(hub, { batch_size: 100 });
  expect(resumed.ok).toBe(true);

  const all = await hub.allDocs({ conflicts: true, include_docs: true });
  expect(all.rows.map((row) => row.id)).toEqual(docs.map((doc) => doc._id));
  expect((await hub.info()).doc_count).toBe(N);
  const local = await tablet.db.allDocs();
  const revs = new Map(local.rows.map((row) => [row.id, row.value.rev]));
  for (const row of all.rows) {
    expect(row.value.rev).toBe(revs.get(row.id));
    expect(row.doc?._conflicts).toBeUndefined();
  }
  await second.kill();
  await tablet.remove();
});
