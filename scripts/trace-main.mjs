// Shared by the trace readers (trace-long-tasks.mjs, trace-pack-phases.mjs).

/** The page's main thread in a timeline trace: the renderer main thread that ran the most. */
export function mainThread(events) {
  const names = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const busy = new Map();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'RunTask' && names.get(thread) === 'CrRendererMain')
      busy.set(thread, (busy.get(thread) ?? 0) + e.dur);
  }
  return [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A trace event's time on its thread's CPU when the trace has it, else its wall time. */
export const cpu = (e) => e.tdur ?? e.dur;
