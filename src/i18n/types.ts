import type { fr } from './fr';
import type { ValidationCode } from '../domain/validation';
import type { PluralMessage, SexMessage, Shape } from './forms';

/** A leaf of the catalogue: a string, or a message chosen by count or by sex. */
type Leaf = string | PluralMessage | SexMessage;

/** The shape every language must have: the French file's, with any message at each leaf. */
export type Messages = Shape<typeof fr>;

/** 'board.title' | 'nav.label' | ...: a key that does not exist fails the typecheck. */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends Leaf ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = Paths<Messages>;

export type Language = 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

// Every validation code of the domain has a message: a new code without one fails here.
export type CodesCovered = ValidationCode extends keyof Messages['validation'] ? true : never;
export const codesCovered: CodesCovered = true;
