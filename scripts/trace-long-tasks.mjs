// Long tasks of a timeline trace (print-pack-profile-measure.spec.ts with PROFILE_TRACE=1):
// `node scripts/trace-long-tasks.mjs <file> [ms]` lists each main-thread task over `ms` (50 by
// default) with its self time by kind (script, style, layout, paint, GC), which a CPU profile
// cannot split: style and layout show there as gaps. Times are the thread's CPU time (tdur)
// when the trace has it: on a machine capped or loaded, wall time counts the waits too.
// TRACE_BY=wall picks the tasks by wall time instead (what the Long Tasks API reports).
import { readFileSync } from 'node:fs';
import { cpu, mainThread } from './trace-main.mjs';

const file = process.argv[2] ?? 'test-results/pack-profile.json';
const over = Number(process.argv[3] ?? 50);
const { profile: events } = JSON.parse(readFileSync(file, 'utf8'));

const main = mainThread(events);
const own = events
  .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.dur !== undefined)
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur);

const label = (e) => {
  const data = e.args?.data ?? e.args?.beginData ?? {};
  if (e.name === 'FunctionCall' || e.name === 'TimerFire' || e.name === 'EventDispatch')
    return `${e.name} ${data.functionName ?? data.type ?? ''} ${(data.url ?? '').split('/').pop()}:${data.lineNumber ?? ''}`;
  return e.name;
};

const tasks = own.filter((e) => e.name === 'RunTask');
const picked = process.env.TRACE_BY === 'wall' ? (e) => e.dur : cpu;
const long = tasks.filter((task) => picked(task) / 1000 > over);
const start = tasks[0]?.ts ?? 0;
const all = new Map();
console.log(
  `${tasks.length} tasks, ${long.length} over ${over} ms, busy ${(tasks.reduce((s, t) => s + t.dur, 0) / 1000).toFixed(0)} ms over ${((tasks.at(-1)?.ts - start) / 1000).toFixed(0)} ms`,
);
for (const task of long) {
  // Self time of each event nested in the task: its duration less its children's.
  const inside = own.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
  const self = new Map();
  const stack = [];
  for (const e of inside) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent, (self.get(parent) ?? cpu(parent)) - cpu(e));
    self.set(e, cpu(e));
    stack.push(e);
  }
  const byName = new Map();
  for (const [e, us] of self) {
    const name = e === task ? '(task itself)' : label(e);
    byName.set(name, (byName.get(name) ?? 0) + us / 1000);
    all.set(name, (all.get(name) ?? 0) + us / 1000);
  }
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log(
    `task at ${((task.ts - start) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(0)} ms wall, ${(cpu(task) / 1000).toFixed(0)} ms CPU`,
  );
  for (const [name, ms] of top) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${name}`);
}
console.log('ALL LONG TASKS:');
for (const [name, ms] of [...all].sort((a, b) => b[1] - a[1]).slice(0, 12))
  console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${name}`);
