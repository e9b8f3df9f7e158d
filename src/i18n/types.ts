import type { fr } from './fr';
import type { ValidationCode } from '../domain/validation';

/** The shape every language must have: the French file's, with any strings. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof fr>;

/** 'board.title' | 'nav.label' | ...: a key that does not exist fails the typecheck. */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = Paths<Messages>;

export type Language = 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

// Every validation code of the domain has a message: a new code without one fails here.
export type CodesCovered = ValidationCode extends keyof Messages['validation'] ? true : never;
export const codesCovered: CodesCovered = true;
