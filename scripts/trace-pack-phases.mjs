// The whole-ward pack's phases in a timeline trace (BENCH_ONLY=pack BENCH_TRACE=<file>):
// `node scripts/trace-pack-phases.mjs <file>...` gives, for each, the main thread's CPU time
// (thread time: steadier than wall time on a loaded machine) and its longest task by CPU in
// the read (tap to planned), the drawing (to every sheet drawn) and the overflow check (to
// the end), cut at the bench's marks pack-planned and pack-drawn.
import { readFileSync } from 'node:fs';
import { cpu, mainThread } from './trace-main.mjs';

for (const file of process.argv.slice(2)) {
  const { profile: events } = JSON.parse(readFileSync(file, 'utf8'));
  const main = mainThread(events);
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && `${e.pid}:${e.tid}` === main)
    .sort((a, b) => a.ts - b.ts);
  const mark = (name) => events.find((e) => e.name === name)?.ts;
  const start = tasks[0]?.ts ?? 0;
  const end = (tasks.at(-1)?.ts ?? 0) + (tasks.at(-1)?.dur ?? 0);
  const cuts = [start, mark('pack-planned') ?? start, mark('pack-drawn') ?? end, end];
  const phases = ['read', 'draw', 'check'].map((name, i) => {
    const inside = tasks.filter((task) => task.ts >= cuts[i] && task.ts < cuts[i + 1]);
    const total = inside.reduce((sum, task) => sum + cpu(task), 0) / 1000;
    const longest = Math.max(0, ...inside.map(cpu)) / 1000;
    const wall = (cuts[i + 1] - cuts[i]) / 1000;
    return `${name}: ${wall.toFixed(0)} ms wall, ${total.toFixed(0)} ms CPU, longest task ${longest.toFixed(0)} ms CPU`;
  });
  const total = tasks.reduce((sum, task) => sum + cpu(task), 0) / 1000;
  console.log(`${file}: ${total.toFixed(0)} ms CPU | ${phases.join(' | ')}`);
}
