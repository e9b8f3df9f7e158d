import type { PrintFormat } from '../format';
import { bodyCapacity, cellChars, contentWidth, rowHeight } from '../geometry';
import { pagesOf, paginate } from '../paginate';
import { wrapText } from '../text';
import { PATIENT_SHEETS, type PatientSheetKind, type PrintPatient, type SheetKind } from '../types';
import { birthText, identifierText, nameText } from './common';

/** What the index and the numbering need of a document, known before it is built. */
export interface PackEntry {
  key: string;
  kind: SheetKind;
  patient: PrintPatient | null;
  tempId?: string;
}

/** Two documents or more are numbered across the pack: a missing page shows as a gap. */
export const isNumbered = (entries: readonly PackEntry[]) => entries.length >= 2;

/**
 * A pack mixing sheets (what is sorted into folders and can lose a page or a patient) opens
 * with an index page; one sheet for some patients is a reprint and needs none.
 */
export const hasIndex = (entries: readonly PackEntry[]) =>
  new Set(entries.map((entry) => entry.kind)).size >= 2;

/** Column widths (mm) of the index table; the label column takes what is left of 190. */
export const INDEX_WIDTHS = { bed: 12, kind: 20, pages: 22 } as const;
/** The table's header row (two lines) and the two lines above it (total, how to check). */
export const INDEX_HEAD_MM = 9;
export const INDEX_NOTE_MM = 12;

export interface PackIndexRow {
  key: string;
  bed: string[];
  label: string[];
  /** The document of each patient sheet of the row. */
  keys: Partial<Record<PatientSheetKind, string>>;
  /** Every document of the row, in pack order. */
  all: string[];
  heightMm: number;
}

export interface PackIndexDoc {
  kind: 'packIndex';
  /** The patient sheets of the pack, one column each. */
  columns: PatientSheetKind[];
  widths: number[];
  pages: PackIndexRow[][];
}

/** The index: ward sheets, then one row per patient (a column per sheet), then blank sheets. */
export function buildPackIndex(
  entries: readonly PackEntry[],
  today: string,
  fmt: PrintFormat,
): PackIndexDoc {
  const { t } = fmt;
  const columns = PATIENT_SHEETS.filter((kind) => entries.some((entry) => entry.kind === kind));
  const labelMm =
    contentWidth('portrait') -
    INDEX_WIDTHS.bed -
    INDEX_WIDTHS.pages -
    columns.length * INDEX_WIDTHS.kind;
  const wrap = (text: string, widthMm = labelMm) => wrapText(text, cellChars(widthMm));
  const rows: PackIndexRow[] = [];
  const byPatient = new Map<string, PackIndexRow>();
  for (const entry of entries) {
    const { patient } = entry;
    if (!patient) {
      const label =
        entry.kind === 'blankAdmission'
          ? t('printPack.blank', { id: entry.tempId ?? '' })
          : t(`print.sheets.${entry.kind}`);
      rows.push({
        key: entry.key,
        bed: [],
        label: wrap(label),
        keys: {},
        all: [entry.key],
        heightMm: 0,
      });
      continue;
    }
    let row = byPatient.get(patient.id);
    if (!row) {
      const { identity } = patient;
      row = {
        key: `patient-${patient.id}`,
        bed: wrap(patient.bed ?? t('print.common.noBed'), INDEX_WIDTHS.bed),
        label: [
          ...wrap(nameText(identity)),
          ...wrap(birthText(identity, today, fmt)),
          ...wrap(identifierText(identity, fmt)),
        ],
        keys: {},
        all: [],
        heightMm: 0,
      };
      byPatient.set(patient.id, row);
      rows.push(row);
    }
    if (entry.kind !== 'wardList' && entry.kind !== 'handover' && entry.kind !== 'blankAdmission') {
      row.keys[entry.kind] = entry.key;
    }
    row.all.push(entry.key);
  }
  for (const row of rows) row.heightMm = rowHeight(Math.max(row.label.length, row.bed.length));
  const capacityMm =
    bodyCapacity({ orientation: 'portrait', band: false }) - INDEX_HEAD_MM - INDEX_NOTE_MM;
  const pages = pagesOf(
    rows,
    paginate(
      rows.map((row) => row.heightMm),
      { capacityMm },
    ),
  );
  const widths = [
    INDEX_WIDTHS.bed,
    labelMm,
    ...columns.map(() => INDEX_WIDTHS.kind),
    INDEX_WIDTHS.pages,
  ];
  return { kind: 'packIndex', columns, widths, pages };
}

/** Pack page numbers: the first and last of each document built, the total once all are. */
export interface PackNumbers {
  first: ReadonlyMap<string, number>;
  last: ReadonlyMap<string, number>;
  /** Null while a document is still to build: its page count is not known yet. */
  total: number | null;
}

/**
 * Numbers the pages across the pack: the index pages first, then each document's in order.
 * `pageCount` gives a built document's page count; numbering stops at the first not built.
 */
export function packNumbers(
  keys: readonly string[],
  pageCount: (key: string) => number | undefined,
  indexPages: number,
): PackNumbers {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  let used = indexPages;
  for (const key of keys) {
    const count = pageCount(key);
    if (count === undefined) return { first, last, total: null };
    first.set(key, used + 1);
    last.set(key, used + count);
    used += count;
  }
  return { first, last, total: used };
}
