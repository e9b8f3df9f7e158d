import type { ValidationIssue } from './validation';

/**
 * Why a write did not happen, in terms the interface can put into words.
 * Nothing is stored when a write fails, and what the nurse typed stays on screen.
 */
export type WriteFailure =
  | { kind: 'validation'; issues: ValidationIssue[] }
  | { kind: 'quota' }
  | { kind: 'locked' }
  | { kind: 'no-author' }
  | { kind: 'storage'; detail: string };

export type WriteResult<T> = { ok: true; value: T } | { ok: false; failure: WriteFailure };
