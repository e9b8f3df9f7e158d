// Upcasters of released payload versions (issue 11). Pure, and importing nothing: each takes
// a payload as an app of that version wrote it, typed here by its own frozen shape.

/** 'ward.settingsChanged' v1, as apps before issue 11 wrote it: the glycaemia unit only. */
interface SettingsChangedV1 {
  glucoseUnit?: unknown;
}

/**
 * 'ward.settingsChanged' v1 -> v2. v2 only adds an optional `timeZone`, which no v1 change
 * ever set: the unit is kept as it was, and a ward that never chose keeps Europe/Paris.
 */
export function settingsChangedV1ToV2(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null) return payload;
  const { glucoseUnit } = payload as SettingsChangedV1;
  return glucoseUnit === undefined ? {} : { glucoseUnit };
}

/**
 * 'med.prescribed' v1 -> v2. v2 only adds an optional `imported` (issue 13): no v1
 * prescription came from a file, so the payload is kept as it is.
 */
export const medPrescribedV1ToV2 = (payload: unknown): unknown => payload;

/**
 * 'patient.admitted' v1 -> v2. v2 adds an optional `imported` (census import, issue 13) and
 * lets `allergies` be absent only with it. Every v1 admission was typed in a form, which
 * always asked the allergies: it is a valid v2 payload as it is.
 */
export function patientAdmittedV1ToV2(payload: unknown): unknown {
  return payload;
}

/**
 * 'patient.admitted' v2 -> v3. v3 lets an imported admission lack isolation (not recorded)
 * and accepts a UUID as the IPP; it removes nothing: every v2 admission (isolation always
 * there, IPP of digits) is a valid v3 payload as it is.
 */
export function patientAdmittedV2ToV3(payload: unknown): unknown {
  return payload;
}

/**
 * 'patient.updated' v1 -> v2. v2 adds optional `basedOn` and `distinctFrom` (issue 14). A v1
 * edit was written by a tablet alone: without `basedOn` it comes after every edit before it
 * (domain/conflicts/header.ts), which is what it was. The payload is kept as it is.
 */
export const patientUpdatedV1ToV2 = (payload: unknown): unknown => payload;
