import { useState } from 'react';
import type { WriteFailure, WriteResult } from '../domain/failure';
import type { ValidationIssue } from '../domain/validation';

export type FormStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; failure: WriteFailure };

/**
 * Runs a write for a form. "Saved" shows only after the write resolves; on failure
 * the form keeps what was typed (the caller clears its fields only on success).
 */
export function useWriteForm() {
  const [status, setStatus] = useState<FormStatus>({ state: 'idle' });

  async function submit<T>(write: () => Promise<WriteResult<T>>): Promise<T | undefined> {
    setStatus({ state: 'saving' });
    const result = await write();
    setStatus(result.ok ? { state: 'saved' } : { state: 'failed', failure: result.failure });
    return result.ok ? result.value : undefined;
  }

  const issues: ValidationIssue[] =
    status.state === 'failed' && status.failure.kind === 'validation' ? status.failure.issues : [];
  /** The code of the first problem with a field, by its path ('payload.name'). */
  const issueAt = (path: string) => issues.find((issue) => issue.path === path)?.code;

  return { status, submit, issueAt, reset: () => setStatus({ state: 'idle' }) };
}
