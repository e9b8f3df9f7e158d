import { ensureDeviceId, getLocal, setLocal } from '../db/local';
import { emptyReport, mergeWires, patientCount, type MergeReport } from '../db/merge';
import type { HubClient } from './hubClient';
import { KEY_RECORD_DOC } from './keyShare';

/** Changes per `_changes` request. */
export const PULL_BATCH = 200;

export { KEY_RECORD_DOC };

/** Told after each batch: documents read from the hub so far in this pull. */
export type PullProgress = (received: number) => void;

export const pullCheckpointName = async () => `releve-pull-${await ensureDeviceId()}`;

interface Change {
  id: string;
  seq: string | number;
  deleted?: boolean;
  doc?: Record<string, unknown>;
}

/** The wire event a document carries: its body without CouchDB's own fields. */
const wireOf = (doc: Record<string, unknown>): unknown =>
  Object.fromEntries(Object.entries(doc).filter(([field]) => !field.startsWith('_')));

/**
 * Where to start: this tablet's checkpoint for this hub, if the hub still holds its own
 * copy of it; otherwise (new tablet, another hub, a hub database started again) from the
 * start: the union by id makes a second reading harmless.
 */
async function startSeq(hub: HubClient, name: string): Promise<string | number> {
  const local = await getLocal('hubPulled');
  if (!local || local.url !== hub.url) return 0;
  return (await hub.getLocalDoc(name)) ? local.seq : 0;
}

/**
 * Receives what the hub has that this tablet has not seen, a batch of `_changes` at a
 * time, by the ward file's merge (db/merge.ts): seal and schema checked, good events
 * written by the union by id, refused ones quarantined with the hub as their source. The
 * checkpoint moves, here then on the hub, only once its batch is written.
 */
export async function pull(
  hub: HubClient,
  key: CryptoKey,
  wardId: string,
  at: string,
  batch = PULL_BATCH,
  onProgress?: PullProgress,
): Promise<MergeReport> {
  const name = await pullCheckpointName();
  let since = await startSeq(hub, name);
  const report = emptyReport();
  const before = await patientCount(wardId);
  let received = 0;
  const source = { fileName: `hub ${hub.url}`, deviceId: '', createdAt: at, kind: 'hub' };
  for (;;) {
    const query = `since=${encodeURIComponent(String(since))}&limit=${batch}&include_docs=true`;
    const answer = await hub.must<{ results: Change[]; last_seq: string | number }>(
      'GET',
      `/_changes?${query}`,
    );
    const docs = answer.results.flatMap((change) =>
      change.deleted || !change.doc || change.id === KEY_RECORD_DOC || change.id.startsWith('_')
        ? []
        : [change.doc],
    );
    const keyOf = (position: number) => `hub ${hub.url}:${String(docs[position]?._id)}`;
    await mergeWires(docs.map(wireOf), key, wardId, { keyOf, source, at, fromHub: true }, report);
    since = answer.last_seq;
    await setLocal('hubPulled', { url: hub.url, seq: since });
    await hub.putLocalDoc(name, { last_seq: since });
    received += docs.length;
    onProgress?.(received);
    if (answer.results.length < batch) break;
  }
  report.newPatients = (await patientCount(wardId)) - before;
  return report;
}
