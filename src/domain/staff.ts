import { z } from 'zod';
import type { StaffId } from './ids';
import { requiredText } from './text';

export const ROLES = [
  'nurse',
  'aide',
  'midwife',
  'physician',
  'student',
  'manager',
  'other',
] as const;
export type Role = (typeof ROLES)[number];

export const staffIdSchema = z.uuid({ error: 'invalid' }).transform((id) => id as StaffId);

/** A person who charts. Initials are what goes into the boxes of paper sheets. */
export const staffMemberSchema = z.object({
  staffId: staffIdSchema,
  name: requiredText(80),
  initials: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .regex(/^[\p{L}.-]{1,4}$/u, { error: 'invalidInitials' })
    .transform((value) => value.toUpperCase()),
  role: z.enum(ROLES, { error: 'required' }),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

/** Every event carries who recorded it. */
export type Author = StaffMember;
export const authorSchema = staffMemberSchema;
