// A tablet's sync against a real embedded hub (node hub/cli.mjs), started by the test.
import { db } from '../../../src/db/db';
import { getLocal, setLocal } from '../../../src/db/local';
import { getDataKey, openSession } from '../../../src/db/session';
import type { HubConfig } from '../../../src/sync/hubClient';
import { basic, type HubProcess, type WardCredential } from '../../hub/hubProcess';
import { emptyTablet, unlockedState } from '../db/wardFileFixtures';

export const configOf = (hub: HubProcess, ward: WardCredential): HubConfig => ({
  url: `${hub.url}/hub/${ward.db}`,
  user: ward.user,
  password: ward.password,
});

/** The open session's key (tests run unlocked). */
export function sessionKey(): CryptoKey {
  const key = getDataKey();
  if (!key) throw new Error('locked');
  return key;
}

/**
 * Another tablet of the same ward: an empty database given the ward's id and key record
 * (as a join would), a device id of its own, unlocked with the same key.
 */
export async function otherTablet(): Promise<void> {
  const key = sessionKey();
  const wardId = await getLocal('wardId');
  const keyRecord = await getLocal('keyRecord');
  if (!wardId || !keyRecord) throw new Error('no ward');
  await emptyTablet();
  await setLocal('wardId', wardId);
  await setLocal('keyRecord', keyRecord);
  openSession(key);
}

/** What must be equal on two tablets that are in step (the quarantine aside). */
export async function wardState() {
  const { events, patients, lastVitals } = await unlockedState();
  return { events, patients, lastVitals };
}

export const outboxCount = () => db.outbox.count();

/** A raw request to the hub's ward database, as any HTTP client would make it. */
export async function couch(
  config: HubConfig,
  path: string,
  method = 'GET',
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${config.url}${path}`, {
    method,
    headers: {
      authorization: basic(config.user, config.password),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** The ids of the event documents the hub holds (the key record aside). */
export async function hubEventIds(config: HubConfig): Promise<string[]> {
  const { body } = await couch(config, '/_all_docs');
  const rows = (body as { rows: { id: string }[] }).rows;
  return rows
    .map((row) => row.id)
    .filter((id) => !id.startsWith('releve:'))
    .sort();
}

/** A fetch that runs `after` once the n-th request matching `path` has been answered. */
export function fetchThen(path: string, n: number, after: () => Promise<void>): typeof fetch {
  let seen = 0;
  return async (input, init) => {
    const response = await fetch(input, init);
    if (String(input).includes(path)) {
      seen += 1;
      if (seen === n) await after();
    }
    return response;
  };
}
