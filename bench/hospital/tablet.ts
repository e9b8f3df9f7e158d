import { HubClient, type HubConfig } from '../../src/sync/hubClient';
import { KEY_RECORD_DOC, PULL_BATCH } from '../../src/sync/pull';
import { PUSH_BATCH, sendEvents } from '../../src/sync/push';
import type { WardEntry } from './sealedWard';
import type { TabletStore } from './tabletStore';

interface Change {
  id: string;
  seq: string | number;
  deleted?: boolean;
  doc?: Record<string, unknown>;
}

/** How often an exchange is tried before the tablet gives up for the day. */
const ATTEMPTS = 8;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One simulated tablet: the app's HubClient and `sendEvents` (src/sync), its store in memory.
 * Push and pull follow src/sync/push.ts and pull.ts request for request (`_revs_diff`,
 * `_bulk_docs` new_edits:false, `_changes` include_docs since a checkpoint, `_local`
 * checkpoints after each batch); only the tablet's IndexedDB is left out.
 */
export class HospitalTablet {
  readonly hub: HubClient;
  private since: string | number = 0;
  private sentTotal = 0;
  failed = 0;
  pushed = 0;
  served = 0;
  received = 0;

  constructor(
    config: HubConfig,
    readonly name: string,
    readonly store: TabletStore,
    private readonly key: CryptoKey,
  ) {
    this.hub = new HubClient(config);
  }

  /** A failed request is tried again (the app's loop backs off too); counted as failed. */
  private async retried<T>(step: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await step();
      } catch (error) {
        this.failed += 1;
        if (attempt >= ATTEMPTS) throw error;
        await pause(1000 * attempt);
      }
    }
  }

  /** Sends the day's own events, a batch of PUSH_BATCH at a time, checkpoint after each. */
  async push(entries: readonly WardEntry[]): Promise<void> {
    const name = `releve-push-${this.name}`;
    for (let at = 0; at < entries.length; at += PUSH_BATCH) {
      const batch = entries.slice(at, at + PUSH_BATCH).map((entry) => entry.event);
      this.pushed += await this.retried(() => sendEvents(this.hub, batch, this.key));
      this.sentTotal += batch.length;
      await this.retried(() => this.hub.putLocalDoc(name, { last_seq: this.sentTotal }));
    }
  }

  /** Reads `_changes` since its checkpoint until a short batch, as src/sync/pull.ts does. */
  async pull(): Promise<void> {
    const name = `releve-pull-${this.name}`;
    for (;;) {
      const query = `since=${encodeURIComponent(String(this.since))}&limit=${PULL_BATCH}&include_docs=true`;
      const answer = await this.retried(() =>
        this.hub.must<{ results: Change[]; last_seq: string | number }>(
          'GET',
          `/_changes?${query}`,
        ),
      );
      for (const change of answer.results) {
        if (change.deleted || !change.doc || change.id === KEY_RECORD_DOC) continue;
        if (change.id.startsWith('_')) continue;
        this.served += 1;
        if (this.store.receive(change.doc) === 'new') this.received += 1;
      }
      this.since = answer.last_seq;
      const since = this.since;
      await this.retried(() => this.hub.putLocalDoc(name, { last_seq: since }));
      if (answer.results.length < PULL_BATCH) break;
    }
  }
}
