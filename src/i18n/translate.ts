import { stripBidiControls } from '../domain/text';
import { en } from './en';
import { fr } from './fr';
import type { Language, MessageKey, Messages } from './types';

const catalogs: Record<Language, Messages> = { fr, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/**
 * A t() for one language; `{name}` placeholders are filled from params. Params carry user
 * text: its bidirectional controls are dropped here too, for text stored before the schemas
 * refused them, so that an override cannot reorder the sentence around it.
 */
export function translator(language: Language): Translate {
  return (key, params) => {
    const text = lookup(catalogs[language], key) ?? lookup(fr, key) ?? key;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? stripBidiControls(String(params[name])) : whole,
    );
  };
}

export const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };
