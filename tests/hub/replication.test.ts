// A stock PouchDB replicates with the hub as with Apache CouchDB: both ways, with
// checkpoints in _local documents, and the protocol's endpoints answer as CouchDB does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import PouchDB, { type Doc, type Fetch } from 'pouchdb-node';
import {
  addWard,
  basic,
  hubHome,
  startHubProcess,
  stopAllHubs,
  type HubProcess,
  type WardCredential,
} from './hubProcess';
import { localDb, sealedDocs } from './sealedDocs';

const home = hubHome();
let hub: HubProcess;
let ward: WardCredential;
const N = 300;

beforeAll(async () => {
  ward = addWard(home.dataDir, 'cardio-3');
  hub = await startHubProcess(home);
});
afterAll(async () => {
  await stopAllHubs();
  home.remove();
});

/** The hub as a PouchDB remote; every request's method and path is recorded. */
function remote(requests: string[] = []): PouchDB {
  const recording: Fetch = (url, options) => {
    requests.push(`${options.method ?? 'GET'} ${new URL(url).pathname}`);
    return PouchDB.fetch(url, options);
  };
  return new PouchDB(`${hub.url}/hub/${ward.db}`, {
    auth: { username: ward.user, password: ward.password },
    fetch: recording,
  });
}

function couch(path: string, method = 'GET', body?: unknown) {
  return fetch(`${hub.url}/hub/${ward.db}${path}`, {
    method,
    headers: {
      authorization: basic(ward.user, ward.password),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function ids(db: PouchDB): Promise<string[]> {
  return (await db.allDocs()).rows.map((row) => row.id).sort();
}

describe('the ward hub: replication with a stock PouchDB', () => {
  it('moves every document both ways, checkpoints in _local on both sides, and re-sends nothing', async () => {
    const tabletA = await localDb('a');
    const tabletB = await localDb('b');
    const docs = sealedDocs(N, 'a');
    await tabletA.db.bulkDocs(docs);

    const push: string[] = [];
    const pushed = await tabletA.db.replicate.to(remote(push), { batch_size: 50 });
    expect(pushed).toMatchObject({ ok: true, docs_read: N, docs_written: N });
    expect(push.filter((r) => r.endsWith('/_revs_diff')).length).toBeGreaterThan(0);
    expect(push.filter((r) => r.endsWith('/_bulk_docs')).length).toBe(N / 50);
    // The checkpoint is a _local document, written on the hub and kept by the tablet too.
    const checkpoint = push.find((r) => r.startsWith('PUT') && r.includes('/_local/'));
    expect(checkpoint).toBeDefined();
    const localId = decodeURIComponent(checkpoint?.split(`/${ward.db}/`)[1] ?? '');
    const onHub = await (await couch(`/${localId}`)).json();
    const onTablet = await tabletA.db.get(localId);
    expect(onHub).toMatchObject({ _id: localId, last_seq: N });
    expect(onTablet).toMatchObject({ _id: localId, last_seq: N });

    const pull: string[] = [];
    const pulled = await tabletB.db.replicate.from(remote(pull), { batch_size: 50 });
    expect(pulled).toMatchObject({ ok: true, docs_written: N });
    expect(await ids(tabletB.db)).toEqual(docs.map((doc) => doc._id).sort());
    const sample = docs[17];
    expect(await tabletB.db.get(sample?._id ?? '')).toMatchObject({ ct: sample?.ct });

    // Again: the checkpoints say everything was exchanged; no document travels.
    const againPush: string[] = [];
    const again = await tabletA.db.replicate.to(remote(againPush));
    expect(again).toMatchObject({ docs_read: 0, docs_written: 0 });
    expect(againPush.filter((r) => /_revs_diff|_bulk_docs/.test(r))).toEqual([]);
    const againPull: string[] = [];
    expect(await tabletB.db.replicate.from(remote(againPull))).toMatchObject({ docs_read: 0 });
    expect(againPull.filter((r) => /_bulk_get|_all_docs/.test(r))).toEqual([]);

    // What B adds reaches A through the hub.
    await tabletB.db.bulkDocs(sealedDocs(20, 'b'));
    await tabletB.db.replicate.to(remote());
    expect(await tabletA.db.replicate.from(remote())).toMatchObject({ docs_written: 20 });
    expect((await tabletA.db.info()).doc_count).toBe(N + 20);
    await tabletA.remove();
    await tabletB.remove();
  });

  it('answers _revs_diff, _bulk_docs with new_edits false, _changes since and _bulk_get as CouchDB does', async () => {
    const rev = '1-0123456789abcdef0123456789abcdef';
    const missing = await couch('/_revs_diff', 'POST', { 'ev-proto-1': [rev] });
    expect(missing.status).toBe(200);
    expect(await missing.json()).toEqual({ 'ev-proto-1': { missing: [rev] } });

    const doc = { _id: 'ev-proto-1', _rev: rev, ct: 'c2VhbGVk' };
    const written = await couch('/_bulk_docs', 'POST', { docs: [doc], new_edits: false });
    expect(written.status).toBe(201);
    expect(await written.json()).toEqual([]);
    // new_edits false keeps the tablet's revision as it is: the same document sent twice
    // is stored once.
    await couch('/_bulk_docs', 'POST', { docs: [doc], new_edits: false });
    expect(await (await couch('/ev-proto-1')).json()).toEqual(doc);
    expect(await (await couch('/_revs_diff', 'POST', { 'ev-proto-1': [rev] })).json()).toEqual({});

    const before = await (await couch('')).json();
    const second = { _id: 'ev-proto-2', _rev: '1-fedcba9876543210fedcba9876543210', ct: 'YQ==' };
    await couch('/_bulk_docs', 'POST', { docs: [second], new_edits: false });
    const changes = await couch(`/_changes?since=${JSON.stringify(before.update_seq)}`);
    const body = await changes.json();
    expect(body.results).toEqual([
      { id: 'ev-proto-2', seq: expect.anything(), changes: [{ rev: second._rev }] },
    ]);
    expect(body.last_seq).toEqual(body.results[0].seq);

    const bulk = await couch('/_bulk_get?revs=true', 'POST', {
      docs: [{ id: 'ev-proto-1', rev }, { id: 'ev-proto-2' }, { id: 'nowhere', rev }],
    });
    expect(bulk.status).toBe(200);
    const results = (await bulk.json()).results;
    expect(results.map((r: { id: string }) => r.id)).toEqual([
      'ev-proto-1',
      'ev-proto-2',
      'nowhere',
    ]);
    expect(results[0].docs[0].ok).toMatchObject({ ...doc, _revisions: { start: 1 } });
    expect(results[1].docs[0].ok).toMatchObject(second);
    // CouchDB 3's answer for a revision it does not hold (PouchDB's own is { missing }).
    expect(results[2].docs).toEqual([
      { error: { id: 'nowhere', rev, error: 'not_found', reason: 'missing' } },
    ]);
  });

  it('keeps both revisions of a document two tablets changed apart, as a CouchDB conflict', async () => {
    const base = { _id: 'ev-conflict', ct: 'YmFzZQ==' };
    const a = { ...base, _rev: '1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' };
    const b = { ...base, _rev: '1-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', ct: 'b3RoZXI=' };
    await couch('/_bulk_docs', 'POST', { docs: [a, b], new_edits: false });
    const stored: Doc = await (await couch('/ev-conflict?conflicts=true')).json();
    expect([stored._rev, ...(stored._conflicts ?? [])].sort()).toEqual([a._rev, b._rev]);
  });
});
