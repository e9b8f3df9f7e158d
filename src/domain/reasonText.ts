/**
 * The one separator between a status and its reason (or other details), on screen and on
 * paper: "Non administré — refus du patient". An em dash with spaces: never glued, never a
 * bare space that reads as one phrase ("Refusé nausées").
 */
export const REASON_SEPARATOR = ' — ';

/** The status followed by each detail that is given, separated; the status alone otherwise. */
export function withReason(
  status: string,
  ...details: readonly (string | null | undefined | false)[]
): string {
  const shown = details.filter(
    (detail): detail is string => typeof detail === 'string' && detail.trim() !== '',
  );
  return [status, ...shown].filter((part) => part !== '').join(REASON_SEPARATOR);
}
