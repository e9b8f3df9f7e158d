import type { FormStatus } from './useWriteForm';
import { FailureNotice } from './FailureNotice';
import { Notice } from './Notice';

/** The outcome of a form's last write: saved, or why not. */
export function FormStatusNotice({ status, saved }: { status: FormStatus; saved: string }) {
  if (status.state === 'saved') return <Notice tone="success">{saved}</Notice>;
  if (status.state === 'failed') return <FailureNotice failure={status.failure} />;
  return null;
}
