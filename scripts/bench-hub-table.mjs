// Prints bench/hub-results.json (`npm run bench:hub`), or the file given, as a Markdown table.
// The simulated hospital has its own run and table: `npm run bench:hospital`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const file = process.argv[2] ?? 'bench/hub-results.json';
const r = JSON.parse(readFileSync(join(import.meta.dirname, '..', file), 'utf8'));
const n = (value, digits = 0) =>
  typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '—';
const pull = r.pull?.firstPull;
const fill = r.pull?.fill;
const delay = r.delay?.saves;
const rows = [
  [
    'first pull: events on the hub (days of demo ward)',
    fill ? `${fill.events} (${fill.days} days)` : '—',
  ],
  [
    'first pull: filling the hub from Node (sealed as push.ts)',
    fill ? `${n(fill.fillSeconds)} s = ${n(fill.events / fill.fillSeconds)} events/s` : '—',
  ],
  [
    "first pull: new tablet, the join's own pull (Chromium)",
    pull ? `${n(pull.pullS / 60, 1)} min = ${n(pull.eventsPerSecond)} events/s` : '—',
  ],
  [
    'first pull: join to board showing the ward',
    pull ? `${n(pull.minutesToBoard, 1)} min (${pull.boardText})` : '—',
  ],
  [
    `save on A to visible on B (${delay?.seen ?? 0} of ${delay?.saves ?? 0} saves, ward of ${r.delay?.ward?.events ?? '—'} events)`,
    delay?.medianMs !== undefined
      ? `median ${n(delay.medianMs)} ms, p95 ${n(delay.p95Ms)} ms, max ${n(delay.maxMs)} ms`
      : '—',
  ],
  ['whole run: hub RSS peak, disk', `${r.hubRssPeakWholeRunMiB} MiB, ${r.hubDiskWholeRunMiB} MiB`],
];
console.log(
  `Hub figures, ${r.date.slice(0, 10)}, ${r.machine.cores} cores, load ${r.machine.loadBefore?.split(' ').slice(0, 3).join(' ')} → ${r.machine.loadAfter?.split(' ').slice(0, 3).join(' ')}\n`,
);
console.log('| Measure | Figure |\n| --- | --- |');
for (const [label, value] of rows) console.log(`| ${label} | ${value} |`);
