// The hub refuses every request to a ward database without that ward's credential, and
// every server-level or administrative request, whoever asks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_CSP,
  addWard,
  basic,
  hubHome,
  startHubProcess,
  stopAllHubs,
  type HubProcess,
  type WardCredential,
} from './hubProcess';

const home = hubHome();
let hub: HubProcess;
let cardio: WardCredential;
let neuro: WardCredential;

beforeAll(async () => {
  cardio = addWard(home.dataDir, 'cardio-3');
  neuro = addWard(home.dataDir, 'neuro');
  hub = await startHubProcess(home);
});
afterAll(async () => {
  await stopAllHubs();
  home.remove();
});

function request(path: string, auth: string | null, method = 'GET', body?: unknown) {
  const headers: Record<string, string> = {};
  if (auth) headers.authorization = auth;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${hub.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('the ward hub: access', () => {
  it('add-ward prints a credential that is stored nowhere in clear', () => {
    expect(cardio).toMatchObject({ db: 'ward-cardio-3', user: 'ward-cardio-3' });
    expect(cardio.password).toMatch(/^[A-Z2-9]{6}(-[A-Z2-9]{6}){3}$/);
    expect(cardio.password).not.toBe(neuro.password);
    const register = readFileSync(join(home.dataDir, 'wards.json'), 'utf8');
    expect(register).toContain('ward-cardio-3');
    expect(register).not.toContain(cardio.password);
    expect(register).not.toContain(cardio.password.replaceAll('-', ''));
  });

  it('opens a ward database to its own credential, typed in any case, with or without dashes', async () => {
    const exact = await request('/hub/ward-cardio-3', basic(cardio.user, cardio.password));
    expect(exact.status).toBe(200);
    expect(await exact.json()).toMatchObject({ db_name: 'ward-cardio-3', doc_count: 0 });
    const typed = cardio.password.toLowerCase().replaceAll('-', ' ');
    expect((await request('/hub/ward-cardio-3', basic(cardio.user, typed))).status).toBe(200);
  });

  it.each([
    ['no credential', () => null],
    ['a wrong password', () => basic(cardio.user, neuro.password)],
    ['another ward’s credential', () => basic(neuro.user, neuro.password)],
    ['the right password with another user', () => basic(neuro.user, cardio.password)],
  ])('answers 401 with %s, and tells nothing', async (_label, auth) => {
    for (const [method, path, body] of [
      ['GET', '/hub/ward-cardio-3', undefined],
      ['GET', '/hub/ward-cardio-3/_changes?since=0', undefined],
      ['POST', '/hub/ward-cardio-3/_bulk_docs', { docs: [{ _id: 'x' }] }],
      ['POST', '/hub/ward-cardio-3/_revs_diff', { x: ['1-a'] }],
      ['PUT', '/hub/ward-cardio-3/_local/checkpoint', { last_seq: 1 }],
    ] as const) {
      const response = await request(path, auth(), method, body);
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(response.headers.get('www-authenticate')).toBeNull();
      expect(await response.json()).toMatchObject({ error: 'unauthorized' });
    }
    const info = await request('/hub/ward-cardio-3', basic(cardio.user, cardio.password));
    expect(await info.json()).toMatchObject({ doc_count: 0 });
  });

  it('answers 401 for a database that is not a ward, and creates none', async () => {
    for (const auth of [null, basic(cardio.user, cardio.password)]) {
      expect((await request('/hub/ward-other', auth)).status).toBe(401);
      expect((await request('/hub/ward-other', auth, 'PUT')).status).toBe(401);
    }
    expect(readFileSync(join(home.dataDir, 'wards.json'), 'utf8')).not.toContain('ward-other');
  });

  it('refuses every server-level and administrative request, even with a ward credential', async () => {
    const auth = basic(cardio.user, cardio.password);
    for (const [method, path, body] of [
      ['GET', '/hub/_all_dbs'],
      ['GET', '/hub/_config'],
      ['GET', '/hub/_users'],
      ['GET', '/hub/_users/_all_docs'],
      ['GET', '/hub/_session'],
      ['GET', '/hub/_active_tasks'],
      ['GET', '/hub/_utils/'],
      ['POST', '/hub/_replicate', { source: 'ward-cardio-3', target: 'copy' }],
      ['DELETE', '/hub/ward-cardio-3'],
      ['PUT', '/hub/ward-cardio-3'],
      ['GET', '/hub/ward-cardio-3/_security'],
      ['PUT', '/hub/ward-cardio-3/_security', { members: {} }],
      ['PUT', '/hub/ward-cardio-3/_design/x', { views: {} }],
      ['POST', '/hub/ward-cardio-3/_compact', {}],
      ['POST', '/hub/ward-cardio-3/_purge', {}],
      ['POST', '/hub/ward-cardio-3/_find', { selector: {} }],
      ['DELETE', '/hub/ward-cardio-3/some-doc?rev=1-a'],
      ['PUT', '/hub/ward-cardio-3/some-doc/attachment.txt', {}],
    ] as const) {
      for (const credential of [null, auth]) {
        const response = await request(path, credential, method, body);
        const expected = credential ? [403] : [401];
        expect(expected, `${method} ${path} ${credential ? 'with' : 'without'}`).toContain(
          response.status,
        );
      }
    }
    const info = await request('/hub/ward-cardio-3', auth);
    expect(info.status).toBe(200);
  });

  it('takes JSON bodies only, and none far above a replication batch', async () => {
    const auth = basic(cardio.user, cardio.password);
    const form = await fetch(`${hub.url}/hub/ward-cardio-3/_bulk_docs`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'multipart/related; boundary=x' },
      body: '--x--',
    });
    expect(form.status).toBe(415);
    const huge = { docs: [{ _id: 'big', ct: 'A'.repeat(17 * 1024 * 1024) }] };
    const tooLarge = await request('/hub/ward-cardio-3/_bulk_docs', auth, 'POST', huge);
    expect(tooLarge.status).toBe(413);
    const broken = await fetch(`${hub.url}/hub/ward-cardio-3/_bulk_docs`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: '{"docs": [',
    });
    expect(broken.status).toBe(400);
    const info = await request('/hub/ward-cardio-3', auth);
    expect(await info.json()).toMatchObject({ doc_count: 0 });
  });

  it('serves the app on the same origin with the CSP of its index.html', async () => {
    for (const path of ['/', '/board']) {
      const response = await fetch(`${hub.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(
        `${TEST_CSP}; frame-ancestors 'none'`,
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('Relève');
    }
  });
});
