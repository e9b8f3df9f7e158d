// Defensive reading of parsed JSON: a census file is untrusted input, so nothing is assumed
// of its shape; each accessor returns undefined (or []) for what is not there or not of the
// expected kind.

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const obj = (value: unknown): Json | undefined => (isObject(value) ? value : undefined);

export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const objects = (value: unknown): Json[] => list(value).filter(isObject);

/** A non-blank string, trimmed. */
export function str(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** The codings of a CodeableConcept. */
export const codings = (concept: unknown): Json[] => objects(obj(concept)?.coding);

/** Whether a CodeableConcept holds `code` (of `system` when given). */
export const hasCode = (concept: unknown, code: string, system?: string): boolean =>
  codings(concept).some(
    (coding) => coding.code === code && (system === undefined || coding.system === system),
  );

/** The words of a CodeableConcept: its text, else its first coding's display, else code. */
export const conceptText = (concept: unknown): string | undefined =>
  str(obj(concept)?.text) ??
  codings(concept)
    .map((coding) => str(coding.display))
    .find(Boolean) ??
  codings(concept)
    .map((coding) => str(coding.code))
    .find(Boolean);

/** The codes of a status that is a CodeableConcept (R4) e.g. verificationStatus. */
export const conceptCodes = (concept: unknown): string[] =>
  codings(concept)
    .map((coding) => str(coding.code))
    .filter((code): code is string => code !== undefined);
