import type { CDPSession } from '@playwright/test';

/** What a timeline trace records: tasks, style, layout, paint, scripts, with thread CPU time. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
];

/**
 * Starts a CPU profile (CDP Profiler, a sample every `intervalUs` µs); the function returned
 * ends it and gives the profile (read by scripts/cpu-profile.mjs and the profile-*.mjs).
 */
export async function startProfile(
  cdp: CDPSession,
  intervalUs: number,
): Promise<() => Promise<unknown>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  return async () => (await cdp.send('Profiler.stop')).profile;
}

/**
 * Starts a timeline trace (read by scripts/trace-long-tasks.mjs); the function returned ends
 * it and gives its events.
 */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<unknown[]>> {
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  });
  return async () => {
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}
