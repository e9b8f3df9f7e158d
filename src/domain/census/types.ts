import type { ValidationIssue } from '../validation';

// What a census file becomes before anything is written (issue 13). Both readers (CSV:
// census/csv.ts, FHIR R4 Bundle: census/fhirBundle.ts) produce a CensusFile; planning
// (census/plan.ts) compares it with the ward and says what an import would do.

/** Where a record came from, for messages: a CSV line, or a Bundle entry. */
export interface CensusSource {
  /** 1-based line of the CSV file (the header is line 1). */
  line?: number;
  /** The Bundle entry: its fullUrl, else `Patient/<id>`. */
  ref?: string;
}

/**
 * One patient as read from the file: raw values shaped like the admission form's input
 * (`z.input` of the admission schema), not yet validated. Dates are already ISO.
 */
export interface CensusRecord {
  source: CensusSource;
  /** Identity traits (admission `identity` input); the IPP is how a ward patient is matched. */
  identity: Record<string, unknown>;
  /** Admission fields (admittedAt, reason, physician, allergies, isolation, …) and `bed` (label). */
  admission: Record<string, unknown>;
  /** Prescriptions to transcribe (med.prescribed input), marked as imported. */
  prescriptions: Record<string, unknown>[];
  /** Issues found while reading the record (bad date, unknown code…): the record is refused. */
  issues: ValidationIssue[];
  /**
   * FHIR: the file gives no stay going on (a history export such as Synthea's). The patient
   * is admitted at the time of the import, without a bed, reason and physician said as not
   * given (PlanOptions.noStay): never a finished stay taken for the current one.
   */
  noStay?: true;
  /** FHIR: active orders left out because they carry no dosage at all, by drug: to transcribe. */
  skippedOrders?: string[];
}

export interface CensusFile {
  format: 'csv' | 'fhir';
  records: CensusRecord[];
  /** What the file holds that the ward does not need, counted by kind (e.g. Observation: 412). */
  skipped: Record<string, number>;
}

/** A file that cannot be read at all (empty, not CSV, not a Bundle, another FHIR version…). */
export class CensusFileError extends Error {
  constructor(
    readonly code: string,
    readonly detail?: string,
  ) {
    super(code);
    this.name = 'CensusFileError';
  }
}
