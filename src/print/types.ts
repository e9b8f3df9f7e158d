import type { Allergies, IsolationPrecaution, LevelOfCare } from '../domain/admission';
import type { Identity } from '../domain/identity';

/** The fallback sheets, in the order the print centre lists them. */
export const SHEET_KINDS = [
  'wardList',
  'handover',
  'carePlan',
  'mar',
  'vitals',
  'notes',
  'labels',
  'blankAdmission',
] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

/** Sheets printed once per patient; the others are one per ward (or per blank sheet). */
export const PATIENT_SHEETS = [
  'carePlan',
  'mar',
  'vitals',
  'notes',
  'labels',
] as const satisfies readonly SheetKind[];
export type PatientSheetKind = (typeof PATIENT_SHEETS)[number];

/** What a page can be: a sheet, or the index page that opens a pack. */
export type PageKind = SheetKind | 'packIndex';

export const isPatientSheet = (kind: SheetKind): kind is PatientSheetKind =>
  (PATIENT_SHEETS as readonly SheetKind[]).includes(kind);

/** What every page says about where and when it was printed. */
export interface PrintContext {
  wardName: string;
  establishment: string;
  /** When the pack was built (ISO with offset). */
  printedAt: string;
  /** Bedside time of the latest entry in the log on this tablet; null when there is none. */
  dataUpTo: string | null;
  deviceId: string;
  /** The name the ward gave this tablet ('device.named'); absent: a short code of its id. */
  deviceName?: string;
  /** The ward's date (YYYY-MM-DD), for ages. */
  today: string;
  /** Who prints (name of the person charting), on a pack's index page. */
  printedBy?: string | null;
  /** Printed from the training ward: every page says so (FORMATION). */
  training?: boolean;
}

/** A time window, ISO instants; `from` included. */
export interface SheetWindow {
  from: string;
  to: string;
}

/** The patient a page belongs to, as its identity band shows it. */
export interface PrintPatient {
  id: string;
  identity: Identity;
  /** The bed's label as read on the door; null without a bed. */
  bed: string | null;
  /** What every page of the patient's sheets shows beside the band. */
  clinical: PrintClinical;
}

/** Allergies (null: not recorded), isolation and level of care (null: not discussed). */
export interface PrintClinical {
  allergies: Allergies | null;
  /** Absent: not recorded (an imported census that did not say), never "none". */
  isolation?: readonly IsolationPrecaution[];
  levelOfCare: LevelOfCare | null;
}

export type Orientation = 'portrait' | 'landscape';
