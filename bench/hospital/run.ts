import type { HubConfig } from '../../src/sync/hubClient';
import { rememberSealed } from './sealedOnce';
import { sealedWard, type WardEntry } from './sealedWard';
import { HospitalTablet } from './tablet';
import { TabletStore } from './tabletStore';

/**
 * `npm run bench:hospital` only (scripts/bench-hospital.mjs starts the hub and this process):
 * every tablet of every ward in this one process, the outage's days one after the other as
 * fast as the hub allows. Each day, all tablets push their day at once, then all pull at once.
 * Progress and results go to stdout as JSON lines.
 */
interface Command {
  wards: HubConfig[];
  tablets: number;
  days: number;
  start: string;
  /** No new day starts after this instant (ms): the run ends with the days it finished. */
  stopAtMs: number;
}

const say = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);
const since = (t0: number) => (performance.now() - t0) / 1000;
const sum = (tablets: HospitalTablet[], field: 'pushed' | 'served' | 'received' | 'failed') =>
  tablets.reduce((total, tablet) => total + tablet[field], 0);

async function main(): Promise<void> {
  const command = JSON.parse(process.argv[2] ?? '{}') as Command;
  let t0 = performance.now();
  const ward = await sealedWard(command.days, command.tablets, command.start, rememberSealed);
  const wires = ward.entries.map((entry) => entry.wire);
  say({ sealed: ward.entries.length, seconds: since(t0) });
  const tablets = command.wards.flatMap((config, w) =>
    Array.from({ length: command.tablets }, (_, t) => {
      const store = new TabletStore(wires, ward.indexOf);
      return new HospitalTablet(config, `w${w}-t${t}`, store, ward.key);
    }),
  );
  const share = (t: number, day: number): WardEntry[] =>
    ward.entries.filter((entry) => entry.day === day && entry.tablet === t % command.tablets);
  const expected: number[] = [];
  let days = 0;
  for (let day = 0; day < command.days && Date.now() < command.stopAtMs; day += 1) {
    const before = { pushed: sum(tablets, 'pushed'), served: sum(tablets, 'served') };
    const failedBefore = sum(tablets, 'failed');
    for (const [position, entry] of ward.entries.entries())
      if (entry.day === day) expected.push(position);
    const shares = Array.from({ length: command.tablets }, (_, t) => share(t, day));
    for (const [t, tablet] of tablets.entries())
      for (const entry of shares[t % command.tablets] ?? [])
        tablet.store.record(ward.indexOf.get(entry.event.id) ?? -1);
    t0 = performance.now();
    const errors: string[] = [];
    const all = (step: (tablet: HospitalTablet, t: number) => Promise<void>) =>
      Promise.all(
        tablets.map((tablet, t) =>
          step(tablet, t).catch((e: unknown) => void errors.push(`${tablet.name}: ${String(e)}`)),
        ),
      );
    await all((tablet, t) => tablet.push(shares[t % command.tablets] ?? []));
    const pushSeconds = since(t0);
    t0 = performance.now();
    await all((tablet) => tablet.pull());
    const pullSeconds = since(t0);
    days = day + 1;
    say({
      day: days,
      pushed: sum(tablets, 'pushed') - before.pushed,
      served: sum(tablets, 'served') - before.served,
      pushSeconds,
      pullSeconds,
      failed: sum(tablets, 'failed') - failedBefore,
      gaveUp: errors.slice(0, 3),
      tabletsBehind: tablets.filter((tablet) => tablet.store.missing(expected).length > 0).length,
    });
  }
  // The real check: every tablet holds every event of its ward up to the last day run, each
  // pulled document the sealed one; and every ward's hub database holds them all, once.
  const onHub = await Promise.all(
    tablets.filter((_, t) => t % command.tablets === 0).map((tablet) => tablet.hub.info()),
  );
  say({
    done: true,
    days,
    eventsPerWard: expected.length,
    pushed: sum(tablets, 'pushed'),
    served: sum(tablets, 'served'),
    received: sum(tablets, 'received'),
    failed: sum(tablets, 'failed'),
    tabletsComplete: tablets.filter(
      (tablet) =>
        tablet.store.missing(expected).length === 0 && tablet.store.count === expected.length,
    ).length,
    tabletsIncomplete: tablets
      .filter((tablet) => tablet.store.missing(expected).length > 0)
      .map((tablet) => `${tablet.name}: ${tablet.store.missing(expected).length} missing`),
    unknownDocs: tablets.reduce((n, tablet) => n + tablet.store.unknown, 0),
    alteredDocs: tablets.reduce((n, tablet) => n + tablet.store.altered, 0),
    hubDocCounts: onHub.map((info) => info.doc_count),
    wardsWithExactCount: onHub.filter((info) => info.doc_count === expected.length).length,
    rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
    cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    say({ error: String(error instanceof Error ? (error.stack ?? error.message) : error) });
    process.exit(1);
  },
);
