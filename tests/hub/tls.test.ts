// The hub speaks HTTPS with the certificate and key it is given, and refuses to start
// without them unless plain HTTP is asked for explicitly.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { addWard, basic, hubHome, startHubProcess, stopAllHubs } from './hubProcess';

const home = hubHome();
afterAll(async () => {
  await stopAllHubs();
  home.remove();
});

/** A self-signed certificate for 127.0.0.1, made with openssl as docs/hub.md says. */
function selfSigned(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'hub.crt');
  const key = join(dir, 'hub.key');
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '30',
      '-keyout',
      key,
      '-out',
      cert,
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
  return { cert, key };
}

function get(url: string, ca: Buffer | undefined, auth: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca, headers: { authorization: auth } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', reject);
    req.end();
  });
}

it('refuses to start without a certificate unless plain HTTP is asked for', () => {
  const cli = join(import.meta.dirname, '../../hub/cli.mjs');
  const run = spawnSync(process.execPath, [cli, '--data', home.dataDir, '--dist', home.distDir], {
    encoding: 'utf8',
  });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('--cert');
});

it('serves the ward database over HTTPS with the given certificate', async () => {
  const ward = addWard(home.dataDir, 'cardio-3');
  const tls = selfSigned(join(home.dataDir, '..'));
  const hub = await startHubProcess(home, 0, tls);
  expect(hub.url).toMatch(/^https:/);
  const ca = readFileSync(tls.cert);
  const auth = basic(ward.user, ward.password);
  expect(await get(`${hub.url}/hub/${ward.db}`, ca, auth)).toBe(200);
  expect(await get(`${hub.url}/hub/${ward.db}`, ca, basic(ward.user, 'wrong'))).toBe(401);
  // A tablet that does not trust the certificate gets no answer at all.
  await expect(get(`${hub.url}/hub/${ward.db}`, undefined, auth)).rejects.toThrow(
    /self[- ]signed/i,
  );
});
