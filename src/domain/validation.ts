import { isOneOf } from './oneOf';
import type { z } from 'zod';

/**
 * What can be wrong with an input, as a code the interface translates.
 * Schemas use these codes as their error messages; anything else becomes 'invalid'.
 */
export const VALIDATION_CODES = [
  'required',
  'tooLong',
  'invalid',
  'invalidDate',
  'futureDate',
  'invalidInitials',
  'unknownType',
  'unknownEvent',
  'wrongWard',
  // Ward passphrase.
  'weakPassphrase',
  'passphraseMismatch',
  'wrongPassphrase',
  // Identity and admission (identitovigilance).
  'invalidName',
  'tooOld',
  'invalidBirthPlace',
  'invalidIpp',
  'invalidTempId',
  'missingIdentifier',
  'firstNameNotInList',
  'beforeBirth',
  'outOfRange',
  'allergyConflict',
  'duplicateAllergy',
  'isolationConflict',
  'invalidPhone',
  // Ward board: beds, moves, discharges, identifier links.
  'duplicateBedLabel',
  'unknownBed',
  'bedUnavailable',
  'bedOccupied',
  'notAdmitted',
  'alreadyAdmitted',
  'beforeAdmission',
  'alreadyLinked',
  'noChange',
  'changedMeanwhile',
  // Bedside charting: vitals, medications, care.
  'noMeasurement',
  'diastolicAboveSystolic',
  'notActive',
  'alreadyRecorded',
  'prnLimitReached',
  // Escalation: a call answers a vitals set of this patient, after it was taken.
  'notVitals',
  'beforeVitals',
  // A swap of beds: the other patient must still be in the bed chosen.
  'notSwappable',
  // Medication safety (issue 9): allergy, dose and timing checks, permissions.
  'allergyMatch',
  'prnTooSoon',
  'doseDeviation',
  'timingDeviation',
  'prescriptionChangedMeanwhile',
  'notPermitted',
  // Event versions (issue 11): an event written by a newer app than this one.
  'newerVersion',
  // FHIR census import (issue 13): a value of the file the app cannot hold as it is.
  'notMapped',
  // Imported prescriptions (issue 13): checking one that is not imported, or again.
  'notImported',
  'alreadyChecked',
  // Census import (issue 13): an IPP twice in one file, a row the CSV reader could not split.
  'duplicateIpp',
  'badRow',
  // Conflicts between tablets (issue 14): resolving one that is no longer there.
  'conflictResolved',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

export interface ValidationIssue {
  /** Dotted path of the field, e.g. 'payload.name'; '' for the whole input. */
  path: string;
  code: ValidationCode;
}

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(readonly issues: ValidationIssue[]) {
    super(`Invalid input: ${issues.map((i) => `${i.path || '(root)'} ${i.code}`).join(', ')}`);
  }
}

const isCode = (message: string): message is ValidationCode => isOneOf(VALIDATION_CODES, message);

export function issuesFromZod(error: z.ZodError, prefix = ''): ValidationIssue[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (isCode(issue.message)) return { path, code: issue.message };
    // A missing field reads better as 'required' than as a type error.
    const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
    return { path, code: missing ? 'required' : 'invalid' };
  });
}

/** Parses with a schema, throwing a ValidationError with translatable codes. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix = '',
): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(issuesFromZod(result.error, prefix));
  return result.data;
}

/** The issues of an input against a schema, none when it is valid. */
export function issuesOf(schema: z.ZodType, input: unknown, prefix = ''): ValidationIssue[] {
  const result = schema.safeParse(input);
  return result.success ? [] : issuesFromZod(result.error, prefix);
}
