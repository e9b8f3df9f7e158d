import { z } from 'zod';
import {
  birthDateIssues,
  birthDateSchema,
  field,
  identityConsistencyIssues,
  identitySchema,
  IPP_PATTERN,
  nameTokens,
  optional,
  requiredOr,
} from './identity';
import { optionalText, requiredText } from './text';
import { DEFAULT_TIME_ZONE, isFuture, localDate } from './time';
import { issuesFromZod, ValidationError, type ValidationIssue } from './validation';

export const ALLERGY_SEVERITIES = ['mild', 'moderate', 'severe', 'unknown'] as const;
export type AllergySeverity = (typeof ALLERGY_SEVERITIES)[number];

/** Several can apply (contact + droplet); 'none' is an explicit answer, alone. */
export const ISOLATION_PRECAUTIONS = [
  'none',
  'contact',
  'droplet',
  'airborne',
  'protective',
] as const;
export type IsolationPrecaution = (typeof ISOLATION_PRECAUTIONS)[number];

/**
 * Level of care (niveau d'engagement thérapeutique), from most to least:
 * - full: everything, resuscitation and intensive care included;
 * - noCpr: everything except cardiopulmonary resuscitation (DNR);
 * - noIcu: ward treatment only, no transfer to intensive care, no CPR;
 * - comfort: comfort care only (palliative).
 * Absent means not discussed yet, which calls for full care: a limitation is only ever
 * recorded after a physician's (collegial) decision.
 */
export const LEVELS_OF_CARE = ['full', 'noCpr', 'noIcu', 'comfort'] as const;
export type LevelOfCare = (typeof LEVELS_OF_CARE)[number];

/** Plausible bounds: 0.3 kg for a very premature baby; beyond, a slip (grams, 750 for 75.0). */
export const WEIGHT_KG = { min: 0.3, max: 400 } as const;
/** 20 cm for a very premature baby; 1.75 typed in metres falls below. */
export const HEIGHT_CM = { min: 20, max: 260 } as const;

export const allergySchema = z.object({
  substance: requiredText(120),
  reaction: optionalText(200),
  severity: z.enum(ALLERGY_SEVERITIES, { error: requiredOr('invalid') }),
});
export type Allergy = z.infer<typeof allergySchema>;

const noKnownAllergy = z
  .object({
    status: z.literal('noneKnown'),
    // A form may send an empty list along; a non-empty one contradicts the answer.
    items: z.array(z.unknown()).max(0, { error: 'allergyConflict' }).optional(),
  })
  .transform(() => ({ status: 'noneKnown' as const }));

const knownAllergies = z.object({
  status: z.literal('known'),
  items: z
    .array(allergySchema, { error: requiredOr('invalid') })
    .min(1, { error: 'required' })
    .superRefine((items, context) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        const key = nameTokens(item.substance).join(' ');
        if (seen.has(key)) {
          context.addIssue({ code: 'custom', message: 'duplicateAllergy', path: [index] });
        }
        seen.add(key);
      });
    }),
});

/**
 * Allergies are asked, then answered either "no known allergy" or with a list. Absent
 * (or without a status) means not asked yet: an admission refuses it as 'required'.
 */
export const allergiesSchema = z.discriminatedUnion('status', [noKnownAllergy, knownAllergies], {
  error: (issue) => (field(issue.input, 'status') == null ? 'required' : 'invalid'),
});
export type Allergies = z.infer<typeof allergiesSchema>;

export const isolationSchema = z
  .array(z.enum(ISOLATION_PRECAUTIONS, { error: 'invalid' }), { error: requiredOr('invalid') })
  .min(1, { error: 'required', abort: true })
  .refine((list) => list.every((p) => p === 'none') || !list.includes('none'), {
    error: 'isolationConflict',
  })
  .transform((list) => [...new Set(list)]);

const measure = (range: { min: number; max: number }) =>
  z
    .number({ error: requiredOr('invalid') })
    .min(range.min, { error: 'outOfRange' })
    .max(range.max, { error: 'outOfRange' });

/** 8 to 15 digits (E.164 caps at 15) once separators and a leading + or 00 are removed. */
const PHONE_PATTERN = /^(?:\+|00)?\d{8,15}$/;
const phoneSchema = z
  .string({ error: requiredOr('invalidPhone') })
  .trim()
  .refine((value) => PHONE_PATTERN.test(value.replace(/[\s.()-]/g, '')), {
    error: 'invalidPhone',
  });

/** Personne de confiance (Code de la santé publique L1111-6), not only a person to call. */
export const trustedPersonSchema = z.object({
  name: requiredText(80),
  phone: optional(phoneSchema),
  relationship: optionalText(60),
});

/**
 * Where an imported admission came from (issue 13): the census file, by format and name.
 * Only an imported admission may lack allergies or isolation: the file did not say, and
 * that is never "no known allergy" nor "no isolation" (a FHIR census cannot carry it).
 */
export const importedSchema = z.object({
  format: z.enum(['csv', 'fhir'], { error: 'invalid' }),
  file: requiredText(255),
});
export type Imported = z.infer<typeof importedSchema>;

/**
 * The IPP of an admission: the establishment's number (IPP_PATTERN), or a UUID, which some
 * identity servers use as the record number (Synthea's exports, FHIR servers' MRN). A UUID
 * cannot come from a slip of the keyboard (its shape is exact), and a NIR or a truncated
 * number is still refused: the check keeps its use.
 */
export const UUID_IPP_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const admissionIppSchema = z
  .string({ error: requiredOr('invalidIpp') })
  .overwrite((value) => value.replace(/\s+/g, ''))
  .min(1, { error: 'required', abort: true })
  .refine((value) => IPP_PATTERN.test(value) || UUID_IPP_PATTERN.test(value), {
    error: 'invalidIpp',
  })
  .meta({ pattern: `${IPP_PATTERN.source}|${UUID_IPP_PATTERN.source}` });

const admissionIdentitySchema = identitySchema
  .extend({ ipp: optional(admissionIppSchema) })
  .superRefine((identity, context) => {
    for (const issue of identityConsistencyIssues(identity)) {
      context.addIssue({ code: 'custom', message: issue.code, path: issue.path.split('.') });
    }
  });

const admittedAtSchema = z.iso.datetime({ offset: true, error: requiredOr('invalidDate') });

/** Payload of an admission; needs no clock (see validateAdmission for the time rules). */
export const admissionSchema = z.object({
  /** The IPP may also be a UUID here: an identity server's own (see admissionIppSchema). */
  identity: admissionIdentitySchema,
  /** ISO 8601 with offset. */
  admittedAt: admittedAtSchema,
  /** Reason for admission or diagnosis. */
  reason: requiredText(500),
  /** Responsible physician, as written (may not be among the ward's staff). */
  physician: requiredText(80),
  /** Absent only on an imported admission (see importedOnlyIssues): not recorded. */
  allergies: allergiesSchema.optional(),
  weightKg: optional(measure(WEIGHT_KG)),
  heightCm: optional(measure(HEIGHT_CM)),
  /** Absent only on an imported admission (see importedOnlyIssues): not recorded. */
  isolation: isolationSchema.optional(),
  diet: optionalText(200),
  levelOfCare: optional(z.enum(LEVELS_OF_CARE, { error: 'invalid' })),
  trustedPerson: optional(trustedPersonSchema),
  note: optionalText(2000),
  bed: optionalText(20),
  imported: importedSchema.optional(),
});
export type Admission = z.infer<typeof admissionSchema>;

/**
 * Allergies and isolation may be absent only when the admission was imported: a form
 * always asks both.
 */
export function importedOnlyIssues(input: unknown): ValidationIssue[] {
  if (typeof input !== 'object' || input === null) return []; // the schema says it whole
  if (field(input, 'imported') != null) return [];
  return (['allergies', 'isolation'] as const)
    .filter((key) => field(input, key) == null)
    .map((path) => ({ path, code: 'required' }));
}

/** Rules needing the clock, on raw input: each applies once its fields are valid. */
function timeIssues(input: unknown, now: Date, timeZone: string): ValidationIssue[] {
  const rawBirthDate = field(field(input, 'identity'), 'birthDate');
  const issues = birthDateIssues(rawBirthDate, localDate(now, timeZone), 'identity.birthDate');
  const admittedAt = admittedAtSchema.safeParse(field(input, 'admittedAt'));
  if (!admittedAt.success) return issues;
  const birthDate = birthDateSchema.safeParse(rawBirthDate);
  if (isFuture(admittedAt.data, now)) {
    issues.push({ path: 'admittedAt', code: 'futureDate' });
  } else if (birthDate.success && localDate(new Date(admittedAt.data), timeZone) < birthDate.data) {
    issues.push({ path: 'admittedAt', code: 'beforeBirth' });
  }
  return issues;
}

/**
 * Validates an admission entered at `now` on a ward in `timeZone`: all the schema rules,
 * a birth date neither future nor older than 130 years, an admission not before the
 * birth date nor ahead of `now` by more than CLOCK_SKEW_MS. Throws a ValidationError.
 */
export function validateAdmission(
  input: unknown,
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): Admission {
  if (Number.isNaN(now.getTime())) throw new RangeError('now is not a date');
  const result = admissionSchema.safeParse(input);
  const issues = result.success ? [] : issuesFromZod(result.error);
  issues.push(...importedOnlyIssues(input));
  issues.push(...timeIssues(input, now, timeZone));
  if (!result.success || issues.length > 0) throw new ValidationError(issues);
  return result.data;
}
