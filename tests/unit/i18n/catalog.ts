import { en } from '../../../src/i18n/en';
import { fr } from '../../../src/i18n/fr';
import { isMessage } from '../../../src/i18n/forms';
import type { MessageKey } from '../../../src/i18n/types';

/** Every key of a catalogue, with its raw message (a string or a tagged object). */
export function keysOf(node: unknown, prefix = ''): [MessageKey, unknown][] {
  if (isMessage(node)) return [[prefix.slice(0, -1) as MessageKey, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => keysOf(v, `${prefix}${k}.`));
}

export const frKeys = keysOf(fr);
export const enKeys = keysOf(en);
