import { stripBidiControls } from '../domain/bidi';
import { isMessage, selectForm, type Message } from './forms';
import type { Language, MessageKey, Messages } from './types';

/** A whole catalogue, or the part of the French one that ships first (`fr/first.ts`). */
export type Catalogue = Partial<Messages>;

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

function lookup(messages: Catalogue, key: string): Message | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return isMessage(node) ? node : undefined;
}

/**
 * French typography, applied once to the catalogue's text (never to the params, which carry
 * what the nurse typed): a no-break space U+00A0 before ":" ";" "?" "!" and inside « », the
 * Imprimerie nationale usage with one kind of space, so that a sign never starts a line.
 * U+00A0 rather than the narrow U+202F: every font and pdftotext render it, and tests that
 * normalise whitespace read it as a space.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u202F]+([:;?!»])/g, '\u00A0$1')
    .replace(/«[ \u00A0\u202F]*/g, '«\u00A0')
    .replace(/\u00A0?»/g, '\u00A0»');
}

/**
 * A t() for one language and its catalogue (`fallback`, the French one, fills what it lacks; a
 * key in neither is shown as it is); `{name}` placeholders are filled from params. Params carry user
 * text: its bidirectional controls are dropped here too, for text stored before the schemas
 * refused them, so that an override cannot reorder the sentence around it. A plural message
 * is chosen from `count`, a gendered one from `sex` (the patient's 'F', 'M' or 'I').
 */
export function translator(
  language: Language,
  messages: Catalogue,
  fallback: Catalogue = messages,
): Translate {
  const locale = LOCALES[language];
  return (key, params) => {
    const own = lookup(messages, key);
    const message = own ?? lookup(fallback, key);
    let text = message === undefined ? key : selectForm(message, own ? locale : LOCALES.fr, params);
    if (language === 'fr' || !own) text = frenchSpacing(text);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? stripBidiControls(String(params[name])) : whole,
    );
  };
}
