// CPU time (user + system, ms) of a browser's processes by kind, from Linux's /proc: the
// browser process (where IndexedDB's backend runs), the renderers, the GPU and utility
// processes. Read before and after a measure; `cpuSpent` gives the difference.
import { readFileSync, readdirSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return {
      chromium: /chrom/i.test(cmdline.split('\0')[0] ?? ''),
      ppid: Number(fields[1]),
      ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
      kind: /--type=([\w-]+)/.exec(cmdline)?.[1] ?? 'browser',
    };
  } catch {
    return null; // gone meanwhile
  }
}

/** CPU ms by process kind of the Chromium processes under `rootPid` (this script's process). */
export function processCpu(rootPid) {
  const all = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const row = stat(name);
    if (row) all.set(Number(name), row);
  }
  const under = (pid) => {
    for (let at = pid; at > 1; at = all.get(at)?.ppid ?? 0) if (at === rootPid) return true;
    return false;
  };
  const byKind = {};
  for (const [pid, row] of all) {
    if (row.chromium && under(pid)) byKind[row.kind] = (byKind[row.kind] ?? 0) + row.ms;
  }
  return byKind;
}

/** What each kind spent between two readings of processCpu. */
export const cpuSpent = (before, after) =>
  Object.fromEntries(Object.entries(after).map(([kind, ms]) => [kind, ms - (before[kind] ?? 0)]));
