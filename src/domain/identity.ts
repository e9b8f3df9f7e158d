import { z } from 'zod';
import type { PatientId } from './ids';
import { tempIdSchema } from './tempId';
import { requiredText, stripBidiControls } from './text';
import {
  issuesFromZod,
  ValidationError,
  type ValidationCode,
  type ValidationIssue,
} from './validation';

/** Administrative sex as recorded by French identity vigilance: F, M, or I (indeterminate). */
export const SEXES = ['F', 'M', 'I'] as const;
export type Sex = (typeof SEXES)[number];

/** Older than this, a birth date is a typing error (1826 for 1926), not a patient. */
export const MAX_AGE_YEARS = 130;

/**
 * IPP: no national format, each establishment's identity server numbers its own
 * (commonly 7 to 10 digits, sometimes with a year prefix). 6 to 12 digits lets every
 * real one through while refusing letters, a truncated number or a pasted NIR (13+).
 */
export const IPP_PATTERN = /^\d{6,12}$/;

/**
 * Letters of any alphabet (accents included), spaces, hyphens (also the double hyphen
 * of French civil status, DUPONT--DURAND) and apostrophes; starts with a letter or an
 * apostrophe ('t Hooft), ends with a letter.
 */
const NAME_PATTERN = /^['’]?\p{L}(?:[\p{L}\p{M} '’-]*\p{L})?\p{M}*$/u;
/** INSEE code: 5 digits (99xxx abroad) or 2A/2B + 3 digits for Corsica; 00 is no département. */
const BIRTH_PLACE_PATTERN = /^(?:(?!00)\d{5}|2[AB]\d{3})$/;

/** Error for a wrong type: 'required' when missing, else the given code. */
export const requiredOr =
  (code: ValidationCode) =>
  (issue: { input?: unknown }): ValidationCode =>
    issue.input == null ? 'required' : code;

const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;

/** Optional field: absent, null and blank all mean "not given". */
export const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess(blankToUndefined, schema.optional()).optional();

/** A name as typed: trimmed, NFC, single spaces; case is kept (display decides). */
export const nameSchema = (max: number) =>
  z
    .string({ error: requiredOr('invalidName') })
    .overwrite(stripBidiControls)
    .trim()
    .normalize('NFC')
    .overwrite((value) => value.replace(/\s+/g, ' '))
    .min(1, { error: 'required', abort: true })
    .max(max, { error: 'tooLong', abort: true })
    .regex(NAME_PATTERN, { error: 'invalidName' });

/** A real calendar date, YYYY-MM-DD (2026-02-30 is refused). */
export const birthDateSchema = z.iso.date({ error: requiredOr('invalidDate') });

export const birthPlaceCodeSchema = z
  .string({ error: requiredOr('invalidBirthPlace') })
  .trim()
  .toUpperCase()
  .regex(BIRTH_PLACE_PATTERN, { error: 'invalidBirthPlace' });

/** Spaces typed while copying a label ("12 345 678") are dropped; leading zeros are kept. */
export const ippSchema = z
  .string({ error: requiredOr('invalidIpp') })
  .overwrite((value) => value.replace(/\s+/g, ''))
  .min(1, { error: 'required', abort: true })
  .regex(IPP_PATTERN, { error: 'invalidIpp' });

/** The identity traits (RNIV) shown on every screen and printed page of a patient. */
export const identitySchema = z.object({
  /** Nom de naissance. */
  birthName: nameSchema(80),
  /** Nom utilisé (e.g. a married name), when it differs. */
  usedName: optional(nameSchema(80)),
  /** Premier prénom de naissance: the first name printed on the band. */
  firstName: nameSchema(80),
  /** Liste des prénoms de naissance as typed, space-separated; absent when unknown. */
  firstNames: optional(nameSchema(120)),
  /** Prénom utilisé, when it differs. */
  usedFirstName: optional(nameSchema(80)),
  birthDate: birthDateSchema,
  sex: z.enum(SEXES, { error: requiredOr('invalid') }),
  /** INSEE code of the place of birth (commune, or 99xxx for a country). */
  birthPlaceCode: optional(birthPlaceCodeSchema),
  /** Hospital identifier (IPP), absent for a patient who arrived during the outage. */
  ipp: optional(ippSchema),
  /** Downtime identifier generated on the device, until linked to the IPP. */
  tempId: optional(tempIdSchema),
});
export type Identity = z.infer<typeof identitySchema>;

/** Upper case without accents or ligatures: "Éloïse-Cœur" gives ELOISE-COEUR. */
export const foldName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/gi, (match) => (match === 'œ' ? 'oe' : 'OE'))
    .replace(/æ/gi, (match) => (match === 'æ' ? 'ae' : 'AE'))
    .toUpperCase();

/** Folded words, any separator: "Éloïse-Marie" gives ELOISE, MARIE. */
export const nameTokens = (name: string): string[] =>
  foldName(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

// A hyphenated first name is one first name: Jean is not the first of "Jean-Pierre Paul".
const firstNameUnits = (names: string): string[] =>
  foldName(names).replace(/’/g, "'").split(' ').filter(Boolean);

/** Rules across traits that need no clock: an identifier, first name first in the list. */
export function identityConsistencyIssues(identity: Identity): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!identity.ipp && !identity.tempId) issues.push({ path: 'ipp', code: 'missingIdentifier' });
  if (identity.firstNames) {
    const first = firstNameUnits(identity.firstName);
    const list = firstNameUnits(identity.firstNames);
    if (!first.every((token, index) => list[index] === token)) {
      issues.push({ path: 'firstName', code: 'firstNameNotInList' });
    }
  }
  return issues;
}

/** The identity of a recorded patient: traits plus the rules across them. */
export const patientIdentitySchema = identitySchema.superRefine((identity, context) => {
  for (const issue of identityConsistencyIssues(identity)) {
    context.addIssue({ code: 'custom', message: issue.code, path: issue.path.split('.') });
  }
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with a (valid) birth date on `today` (YYYY-MM-DD, the ward's date). */
export function birthDateProblem(
  birthDate: string,
  today: string,
): 'futureDate' | 'tooOld' | undefined {
  if (!DATE.test(today)) throw new RangeError(`today is not a date: ${today}`);
  if (birthDate > today) return 'futureDate';
  const year = String(Number(today.slice(0, 4)) - MAX_AGE_YEARS).padStart(4, '0');
  // Plain string order: no need for 29 February to exist in that year.
  return birthDate < `${year}${today.slice(4)}` ? 'tooOld' : undefined;
}

/** Issues of the birth date found in raw input, if it is a valid date at all. */
export function birthDateIssues(raw: unknown, today: string, path: string): ValidationIssue[] {
  const parsed = birthDateSchema.safeParse(raw);
  const problem = parsed.success ? birthDateProblem(parsed.data, today) : undefined;
  return problem ? [{ path, code: problem }] : [];
}

/** Reads a key of an unknown value, for rules checked before the whole input is valid. */
export const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/** Validates a patient's identity on `today` (YYYY-MM-DD); throws a ValidationError. */
export function validateIdentity(input: unknown, today: string): Identity {
  const result = patientIdentitySchema.safeParse(input);
  const issues = result.success ? [] : issuesFromZod(result.error);
  issues.push(...birthDateIssues(field(input, 'birthDate'), today, 'birthDate'));
  if (!result.success || issues.length > 0) throw new ValidationError(issues);
  return result.data;
}

/**
 * Payload of the event linking a temporary identifier to the IPP it turned out to have.
 * `sharedIpp`: other records already carried this IPP and the nurse linked anyway, after a
 * double confirmation, with her reason: for the identity-vigilance team.
 */
export const tempIdLinkSchema = z.object({
  tempId: tempIdSchema,
  ipp: ippSchema,
  sharedIpp: z
    .object({
      with: z
        .array(z.uuid({ error: 'invalid' }).transform((id) => id as PatientId))
        .min(1, { error: 'required' })
        .max(20, { error: 'tooLong' }),
      reason: requiredText(500),
    })
    .optional(),
});
export type TempIdLink = z.infer<typeof tempIdLinkSchema>;
