import 'fake-indexeddb/auto';
import { createWard } from '../src/db/createWard';
import { getDataKey } from '../src/db/session';
import { DAY } from '../src/domain/demo/clock';
import { demoWard, DEMO_WARD } from '../src/domain/demo/demoWard';
import { validateEvent, type WardEvent } from '../src/domain/events';
import type { WardId } from '../src/domain/ids';
import { toIsoWithOffset } from '../src/domain/time';
import { HubClient, type HubConfig } from '../src/sync/hubClient';
import { enableHub } from '../src/sync/hubSetup';
import { PUSH_BATCH, sendEvents } from '../src/sync/push';

/**
 * `npm run bench:hub` only (scripts/bench-hub.mjs), never in the app: fills the hub with the
 * demo ward from a Node process running the app's own code (Dexie on fake-indexeddb, src/db,
 * src/sync). The command comes as one JSON argument; progress and results go to stdout as JSON
 * lines. (The simulated hospital is `npm run bench:hospital`, bench/hospital/.)
 */
const NURSE = { name: 'Banc Essai', initials: 'BE', role: 'nurse' } as const;

interface Base {
  config: HubConfig;
  passphrase: string;
  days: number;
  /** The end of the log, ms (to the hour): the same for every process of a run. */
  endMs: number;
}
type Command = Base & { role: 'fill' };

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

async function main(): Promise<void> {
  const command = JSON.parse(process.argv[2] ?? '{}') as Command;
  if (command.role === 'fill') await fill(command);
  else throw new Error(`unknown role`);
  process.exit(0);
}

main().catch((error: unknown) => {
  say({ error: String(error instanceof Error ? (error.stack ?? error.message) : error) });
  process.exit(1);
});
