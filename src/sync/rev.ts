import { utf8 } from '../db/crypto/encoding';

/**
 * The one revision of an event's document, the same on every tablet: events never change,
 * so "1-" + the first 32 hex digits of SHA-256(event id). An event already on the hub,
 * whoever sent it, is then "not missing" to `_revs_diff` and is never sent twice.
 */
export async function revOf(eventId: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(eventId)));
  const hex = [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `1-${hex.slice(0, 32)}`;
}
