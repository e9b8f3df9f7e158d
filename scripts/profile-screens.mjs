// `node scripts/profile-screens.mjs <file> [top]`: a screen's profile written by the bench
// (BENCH_PROFILE, bench/profileScreens.ts): its IndexedDB transactions in order (from the
// route change, ms), then the top self and inclusive functions of the busy samples.
import { readFileSync } from 'node:fs';
import { profileTree } from './cpu-profile.mjs';

const file = process.argv[2];
const top = Number(process.argv[3] ?? 25);
const SAMPLE_MS = 0.1;
const { hash, ms, start, idb, profile } = JSON.parse(readFileSync(file, 'utf8'));
console.log(`${hash}: ${ms.toFixed(1)} ms to the probe; ${idb.length} transactions`);
for (const tx of idb) {
  const requests = Object.entries(tx.requests)
    .map(([key, n]) => `${key}×${n}`)
    .join(' ');
  console.log(
    `  +${(tx.at - start).toFixed(1)} ${tx.ms.toFixed(1)} ms ${tx.mode} [${tx.stores}] ${requests}`,
  );
}

const { nodes, parent, nameOf } = profileTree(profile);
const self = new Map();
const inclusive = new Map();
let busy = 0;
profile.samples.forEach((id) => {
  // Samples, not time deltas: under a CPU cap a sample spans the throttled wait too, while
  // the count follows the CPU the page got (one per sampling interval, 0.1 ms).
  const delta = SAMPLE_MS;
  const name = nameOf(nodes.get(id));
  if (name === '(idle)' || name === '(program)') return;
  busy += delta;
  self.set(name, (self.get(name) ?? 0) + delta);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) seen.add(nameOf(nodes.get(at)));
  for (const n of seen) inclusive.set(n, (inclusive.get(n) ?? 0) + delta);
});
const list = (map) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, t]) => `  ${t.toFixed(1).padStart(7)} ${name}`)
    .join('\n');
console.log(`busy ${busy.toFixed(1)} ms (idle and program left out)\nself:\n${list(self)}`);
console.log(`inclusive:\n${list(inclusive)}`);
