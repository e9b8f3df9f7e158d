// Starts the real hub command (`node hub/cli.mjs`) as a child process on a free port with a
// temporary data directory, as `npm run hub` would, and stops it (politely or with SIGKILL).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '../../hub/cli.mjs');
export const TEST_CSP = "default-src 'self'; connect-src 'self'";

export interface WardCredential {
  db: string;
  user: string;
  password: string;
}

export interface HubProcess {
  readonly url: string;
  readonly port: number;
  readonly output: () => string;
  readonly kill: (signal?: NodeJS.Signals) => Promise<void>;
}

/** A temporary hub home: data directory and a minimal built app. */
export function hubHome(): { dataDir: string; distDir: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'releve-hub-'));
  const distDir = join(root, 'dist');
  mkdirSync(distDir);
  writeFileSync(
    join(distDir, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${TEST_CSP}" /></head><body>Relève</body></html>`,
  );
  return {
    dataDir: join(root, 'data'),
    distDir,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** `add-ward`: the credential as the command prints it. */
export function addWard(dataDir: string, ward: string): WardCredential {
  const run = spawnSync(process.execPath, [CLI, 'add-ward', ward, '--data', dataDir], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`add-ward failed: ${run.stderr}`);
  const field = (label: string) => new RegExp(`${label}:\\s+(\\S+)`).exec(run.stdout)?.[1] ?? '';
  const db = field('Hub address for the tablets').split('/').pop() ?? '';
  return { db, user: field('User'), password: field('Password') };
}

const running = new Set<ChildProcess>();

/** Kills every hub a test file started, even one a failed assertion left running. */
export async function stopAllHubs(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGKILL');
        }),
    ),
  );
}

/** Plain HTTP on 127.0.0.1, or TLS with the given certificate and key files. */
export function startHubProcess(
  home: { dataDir: string; distDir: string },
  port = 0,
  tls?: { cert: string; key: string },
): Promise<HubProcess> {
  const args = [CLI, '--data', home.dataDir, '--dist', home.distDir, '--port', String(port)];
  const transport = tls
    ? ['--cert', tls.cert, '--key', tls.key, '--host', '127.0.0.1']
    : ['--insecure-http'];
  const child: ChildProcess = spawn(process.execPath, [...args, ...transport], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.once('exit', () => running.delete(child));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (https?:\/\/127\.0\.0\.1:(\d+))/.exec(output);
      if (match?.[1] && match[2]) {
        resolve({
          url: match[1],
          port: Number(match[2]),
          output: () => output,
          kill: async (signal = 'SIGTERM') => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            await exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`hub exited (${code}): ${output}`)));
  });
}

export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
