// `node scripts/profile-record.mjs <file> [top]`: the doses' profile written by the bench
// (BENCH_ONLY=record BENCH_RECORD=doses BENCH_PROFILE, bench/profileRecord.ts): per save,
// from the tap to the probe, the IndexedDB transactions (first saves listed, then counts),
// then the top self and inclusive functions of the busy samples, per save on average.
import { readFileSync } from 'node:fs';
import { profileTree } from './cpu-profile.mjs';

const file = process.argv[2];
const top = Number(process.argv[3] ?? 30);
const SAMPLE_MS = 0.1;
const { saves, profile } = JSON.parse(readFileSync(file, 'utf8'));
const ms = saves.map((save) => save.ms).sort((a, b) => a - b);
const at = (q) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))].toFixed(1);
console.log(`${saves.length} saves: median ${at(0.5)} ms, p95 ${at(0.95)} ms`);

const txCounts = [];
saves.forEach((save, index) => {
  const inside = save.idb.filter((tx) => tx.at >= save.start && tx.at <= save.start + save.ms);
  txCounts.push(inside.length);
  if (index >= 3) return;
  console.log(`save ${index}: ${save.ms.toFixed(1)} ms, ${inside.length} transactions`);
  for (const tx of save.idb.filter((tx) => tx.at >= save.start)) {
    const requests = Object.entries(tx.requests)
      .map(([key, n]) => `${key}×${n}`)
      .join(' ');
    const when = (tx.at - save.start).toFixed(1);
    console.log(`  +${when} ${tx.ms.toFixed(1)} ms ${tx.mode} [${tx.stores}] ${requests}`);
    // The write's requests one by one: asked at, answered at (ms from its start).
    if (tx.mode !== 'readwrite' || !tx.steps) continue;
    for (const [key, asked, answered] of tx.steps)
      console.log(`      ${asked.toFixed(1)} -> ${answered.toFixed(1)} ${key}`);
  }
});
console.log(`transactions in a save: ${[...new Set(txCounts)].sort().join(', ')}`);

// The windows: from a sample in benchTapMark to the next sample in benchSeenMark.
const { nodes, parent, nameOf } = profileTree(profile);
// A sample in a mark is in its `spin`: the mark is found up the stack.
const markOf = (id) => {
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const name = nodes.get(at).callFrame.functionName;
    if (name === 'benchTapMark' || name === 'benchSeenMark') return name;
  }
  return null;
};
const marks = profile.samples.map(markOf);
const windows = [];
let open = null;
marks.forEach((name, index) => {
  if (name === 'benchTapMark' && open === null) open = index;
  if (name === 'benchSeenMark' && open !== null) {
    windows.push([open, index]);
    open = null;
  }
  if (name !== 'benchTapMark' && marks[index - 1] === 'benchTapMark' && open !== null) open = index;
});
const self = new Map();
const inclusive = new Map();
let busy = 0;
for (const [from, to] of windows) {
  for (let i = from; i < to; i += 1) {
    const id = profile.samples[i];
    const name = nameOf(nodes.get(id));
    if (name === '(idle)' || name === '(program)' || marks[i] !== null) continue;
    busy += SAMPLE_MS;
    self.set(name, (self.get(name) ?? 0) + SAMPLE_MS);
    const seen = new Set();
    for (let a = id; a !== undefined; a = parent.get(a)) seen.add(nameOf(nodes.get(a)));
    for (const n of seen) inclusive.set(n, (inclusive.get(n) ?? 0) + SAMPLE_MS);
  }
}
const n = Math.max(1, windows.length);
const list = (map) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, t]) => `  ${(t / n).toFixed(2).padStart(7)} ${name}`)
    .join('\n');
console.log(`${windows.length} windows in the profile; busy ${(busy / n).toFixed(1)} ms a save`);
console.log(`self (ms a save):\n${list(self)}\ninclusive (ms a save):\n${list(inclusive)}`);
