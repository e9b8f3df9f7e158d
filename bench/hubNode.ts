import 'fake-indexeddb/auto';
import { writeEvents } from '../src/db/append';
import { db } from '../src/db/db';
import { getLocal } from '../src/db/local';
import { createWard } from '../src/db/lock';
import { getDataKey } from '../src/db/session';
import { DAY } from '../src/domain/demo/clock';
import { demoWard, DEMO_WARD } from '../src/domain/demo/demoWard';
import { validateEvent, type WardEvent } from '../src/domain/events';
import type { WardId } from '../src/domain/ids';
import { toIsoWithOffset } from '../src/domain/time';
import { HubClient, type HubConfig } from '../src/sync/hubClient';
import { enableHub, joinHub } from '../src/sync/hubSetup';
import { startSyncLoop } from '../src/sync/loop';
import { PUSH_BATCH, sendEvents } from '../src/sync/push';

/**
 * `npm run bench:hub` only (scripts/bench-hub.mjs), never in the app: a tablet in a Node
 * process running the app's own code (Dexie on fake-indexeddb, src/db, src/sync) against a
 * hub. One tablet per process (the app's database is a module singleton). Commands come as
 * one JSON argument; progress and results go to stdout as JSON lines; "go" on stdin starts
 * the sync of a hospital tablet, so that every tablet starts together.
 */
const NURSE = { name: 'Banc Essai', initials: 'BE', role: 'nurse' } as const;

interface Base {
  config: HubConfig;
  passphrase: string;
  days: number;
  /** The end of the log, ms (to the hour): the same for every process of a run. */
  endMs: number;
}
type Command =
  | (Base & { role: 'fill' })
  | (Base & { role: 'tablet'; create: boolean; share: number; of: number; maxMs: number });

const say = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);
const seconds = (since: number) => (performance.now() - since) / 1000;

function unlockedKey(): CryptoKey {
  const key = getDataKey();
  if (!key) throw new Error('locked');
  return key;
}

/** The demo ward of the benchmark (bench/seed.ts), ending at `endMs`, for this ward id. */
function wardLog(days: number, endMs: number, wardId: WardId): WardEvent[] {
  const start = toIsoWithOffset(new Date(endMs - days * DAY));
  return demoWard({ seed: 12, days, start, wardId });
}

/** A ward on the hub: created here, its key record put on the hub as Settings does. */
async function createOnHub(command: Base): Promise<WardId> {
  const phrase = { value: command.passphrase, confirmation: command.passphrase };
  const wardId = await createWard(DEMO_WARD, NURSE, phrase);
  await enableHub(command.config, command.passphrase);
  return wardId;
}

/**
 * Fills the hub with the whole demo ward as tablets would have pushed it: the client's own
 * `sendEvents` (src/sync/push.ts), in batches of PUSH_BATCH. Nothing is stored in this
 * process: the hub is what is being filled, fast.
 */
async function fill(command: Base): Promise<void> {
  const wardId = await createOnHub(command);
  const key = unlockedKey();
  const hub = new HubClient(command.config);
  const events = wardLog(command.days, command.endMs, wardId);
  say({ generated: events.length });
  const started = performance.now();
  for (let at = 0; at < events.length; at += PUSH_BATCH) {
    const batch = events.slice(at, at + PUSH_BATCH).map((event) => validateEvent(event));
    await sendEvents(hub, batch, key);
    if ((at / PUSH_BATCH) % 50 === 0) say({ pushed: at + batch.length });
  }
  say({ done: true, wardId, events: events.length, seconds: seconds(started) });
}

/** Every patient's events on one tablet (hash of the patient id); the ward's own on the first. */
function shareOf(event: WardEvent, of: number): number {
  if (!event.patientId) return 0;
  let hash = 0;
  for (const char of event.patientId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % of;
}

const waitForGo = () =>
  new Promise<void>((resolve) => {
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => {
      if (String(chunk).includes('go')) resolve();
    });
  });

/**
 * A tablet of a simulated hospital: the first of its ward creates the ward and puts its key
 * record on the hub, the others join through the hub (joinHub). Each then charts its share
 * of the demo ward through the app's write path (writeEvents, a day per batch: queued in the
 * outbox), waits for "go", and syncs with the app's own sync loop (startSyncLoop: push then pull, then the next exchange after
 * SYNC_INTERVAL_MS) until it holds the whole ward's log. Reports its times and exchanges.
 */
async function tablet(command: Extract<Command, { role: 'tablet' }>): Promise<void> {
  const wardId = command.create
    ? await createOnHub(command)
    : (await joinHub(command.config, command.passphrase), await getLocal('wardId'));
  if (!wardId) throw new Error('no ward');
  say({ onHub: true });
  const key = unlockedKey();
  const all = wardLog(command.days, command.endMs, wardId);
  const mine = all.filter((event) => shareOf(event, command.of) === command.share);
  const started = performance.now();
  for (let at = 0; at < mine.length; at += 2000) await writeEvents(mine.slice(at, at + 2000));
  const before = await db.events.count();
  say({ ready: true, own: mine.length, writeSeconds: seconds(started), stored: before });
  await waitForGo();
  const syncStart = performance.now();
  // createWard's own two events (on the first tablet) come on top of the demo log.
  const target = all.length + 2;
  let rounds = 0;
  let sent = 0;
  let received = 0;
  let complete = false;
  let errors = 0;
  await new Promise<void>((finish) => {
    const loop = startSyncLoop({
      config: command.config,
      key,
      wardId,
      onExchange: (exchange) => {
        rounds += 1;
        sent += exchange.sent;
        received += exchange.received.added;
        void db.events.count().then((count) => {
          if (count >= target) {
            complete = true;
            loop.stop();
            finish();
          }
        });
      },
      // A failed exchange (a request over the client's 60 s on a loaded machine) keeps what
      // it moved; the loop tries again after its back-off.
      onError: (error) => {
        errors += 1;
        say({ syncError: String(error) });
      },
    });
    setTimeout(() => {
      loop.stop();
      say({ timeout: true, target });
      finish();
    }, command.maxMs).unref();
  });
  say({
    done: true,
    complete,
    syncSeconds: seconds(syncStart),
    rounds,
    errors,
    stored: before,
    sent,
    received,
    events: await db.events.count(),
    rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
  });
}

async function main(): Promise<void> {
  const command = JSON.parse(process.argv[2] ?? '{}') as Command;
  if (command.role === 'fill') await fill(command);
  else if (command.role === 'tablet') await tablet(command);
  else throw new Error(`unknown role`);
  process.exit(0);
}

main().catch((error: unknown) => {
  say({ error: String(error instanceof Error ? (error.stack ?? error.message) : error) });
  process.exit(1);
});
