import { v7 as uuidv7 } from 'uuid';

// Branded ids: a PatientId cannot be passed where an EventId is expected.
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type EventId = Brand<string, 'EventId'>;
export type PatientId = Brand<string, 'PatientId'>;
export type WardId = Brand<string, 'WardId'>;
export type StaffId = Brand<string, 'StaffId'>;
export type DeviceId = Brand<string, 'DeviceId'>;
export type BedId = Brand<string, 'BedId'>;

/** UUID v7: unique across devices and sortable by creation time. */
export const newId = <T extends EventId | PatientId | WardId | StaffId | DeviceId | BedId>(): T =>
  uuidv7() as T;

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A patient id from outside the app's own data (a URL segment): the id when it has the shape
 * of one, else null. The only way a string becomes a PatientId without being created or read.
 */
export const parsePatientId = (text: string | null | undefined): PatientId | null =>
  text && UUID_PATTERN.test(text) ? (text as PatientId) : null;
