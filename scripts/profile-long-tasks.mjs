// Long tasks of a CPU profile (written by print-pack-profile-measure.spec.ts): a task is a run
// of samples between idle ones; for each over 50 ms, the top self and inclusive functions.
import { readFileSync } from 'node:fs';
import { profileTree } from './cpu-profile.mjs';

const file = process.argv[2] ?? 'test-results/pack-profile.json';
const top = Number(process.argv[3] ?? 8);
const { profile, mark, longTasks = [] } = JSON.parse(readFileSync(file, 'utf8'));
const { nodes, parent, nameOf } = profileTree(profile);
const stacks = new Map();
const stackOf = (id) => {
  let names = stacks.get(id);
  if (names) return names;
  names = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) names.add(nameOf(nodes.get(at)));
  stacks.set(id, names);
  return names;
};

const tasks = [];
let current = null;
let time = profile.startTime;
profile.samples.forEach((id, i) => {
  const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000; // ms this sample stands for
  time += (profile.timeDeltas[i] ?? 0) / 1000;
  const idle = nodes.get(id).callFrame.functionName === '(idle)';
  if (idle) {
    if (current) tasks.push(current);
    current = null;
    return;
  }
  current ??= { start: time, ms: 0, samples: [] };
  current.ms += delta;
  current.samples.push([id, delta]);
});
if (current) tasks.push(current);

// With the page's long tasks and the mark, the samples of each long task exactly.
if (mark !== undefined && longTasks.length) {
  let at = profile.startTime;
  const times = profile.timeDeltas.map((d) => (at += d) / 1000);
  const markIndex = profile.samples.findIndex((id) =>
    [...stackOf(id)].some((n) => n.startsWith('profileMark')),
  );
  const offset = times[markIndex] - mark;
  tasks.length = 0;
  for (const [start, duration] of longTasks) {
    const from = start + offset;
    const task = { start: from * 1000, ms: duration, samples: [] };
    profile.samples.forEach((id, i) => {
      if (times[i] >= from && times[i] < from + duration)
        task.samples.push([id, (profile.timeDeltas[i + 1] ?? 0) / 1000]);
    });
    tasks.push(task);
  }
}

const sum = (entries) => [...entries].sort((a, b) => b[1] - a[1]).slice(0, top);
const fmt = (pairs) =>
  pairs.map(([name, ms]) => `    ${ms.toFixed(1).padStart(7)} ms  ${name}`).join('\n');
const long = tasks.filter((task) => task.ms > 50);
const allSelf = new Map();
const allIncl = new Map();
console.log(
  `${tasks.length} tasks, ${long.length} over 50 ms, total busy ${tasks.reduce((s, t) => s + t.ms, 0).toFixed(0)} ms, profile ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms`,
);
for (const task of long) {
  const self = new Map();
  const incl = new Map();
  for (const [id, ms] of task.samples) {
    const name = nameOf(nodes.get(id));
    self.set(name, (self.get(name) ?? 0) + ms);
    allSelf.set(name, (allSelf.get(name) ?? 0) + ms);
    for (const n of stackOf(id)) {
      incl.set(n, (incl.get(n) ?? 0) + ms);
      allIncl.set(n, (allIncl.get(n) ?? 0) + ms);
    }
  }
  console.log(
    `task at ${((task.start - profile.startTime) / 1000).toFixed(0)} ms: ${task.ms.toFixed(0)} ms`,
  );
  console.log('  self:\n' + fmt(sum(self)));
  if (process.env.INCL) console.log('  inclusive:\n' + fmt(sum(incl)));
}
console.log('ALL LONG TASKS self:\n' + fmt(sum(allSelf)));
console.log(
  'ALL LONG TASKS inclusive:\n' +
    fmt(sum(new Map([...allIncl].filter(([n]) => !n.startsWith('(root)'))))),
);
