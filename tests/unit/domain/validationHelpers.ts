import type { z } from 'zod';
import {
  issuesFromZod,
  ValidationError,
  type ValidationIssue,
} from '../../../src/domain/validation';

/** The issues a schema finds in an input, as translatable codes; [] when it is valid. */
export function schemaIssues(schema: z.ZodType, input: unknown): ValidationIssue[] {
  const result = schema.safeParse(input);
  return result.success ? [] : issuesFromZod(result.error);
}

/** The issues of the ValidationError a call throws; fails when it throws nothing else. */
export function thrownIssues(call: () => unknown): ValidationIssue[] {
  try {
    call();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}
