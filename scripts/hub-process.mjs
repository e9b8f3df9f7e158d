// The embedded hub as a child process, for the benchmarks (scripts/bench-hub.mjs,
// scripts/bench-hospital.mjs): start it, add a ward, watch its memory and disk.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '../hub/cli.mjs');

/** A folder's size on disk, KiB (du). */
export const kib = (dir) =>
  Number(spawnSync('du', ['-sk', dir], { encoding: 'utf8' }).stdout.split('\t')[0]);

/** A field of /proc/<pid>/status in KiB (VmRSS, VmHWM); NaN once the process is gone. */
export const procKib = (pid, field) => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]);
  } catch {
    return Number.NaN;
  }
};

/** A ward database on the hub's data folder and its credential, as `hub add-ward` prints it. */
export function addWard(dataDir, name) {
  const out = spawnSync(process.execPath, [CLI, 'add-ward', name, '--data', dataDir], {
    encoding: 'utf8',
  }).stdout;
  const field = (label) => new RegExp(`${label}:\\s+(\\S+)`).exec(out)?.[1] ?? '';
  return { db: `ward-${name}`, user: field('User'), password: field('Password') };
}

/**
 * Starts the hub on plain HTTP, a free port of 127.0.0.1, serving `dist`. `track` gets the
 * child at once, so that the caller can end it even if the hub never comes up.
 */
export function startHub({ root, dataDir, dist, track = () => {} }) {
  const args = [CLI, '--data', dataDir, '--dist', dist, '--insecure-http', '--port', '0'];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  track(child);
  child.stderr.pipe(process.stderr);
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`hub exited (${code}): ${out}`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (\S+)/.exec(out);
      if (match) resolve({ child, url: match[1] });
    });
  });
}

/** The hub's resident memory, sampled each second: `phase()` gives the peak since the last call. */
export function memoryWatch(pid) {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, procKib(pid, 'VmRSS') || 0)), 1000);
  return {
    phase: () => {
      const value = Math.max(peak, procKib(pid, 'VmRSS') || 0);
      peak = 0;
      return Math.round(value / 1024);
    },
    stop: () => clearInterval(timer),
  };
}
