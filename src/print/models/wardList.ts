import { buildBoard } from '../../domain/board';
import type { PatientState } from '../../domain/patient';
import type { PrintFormat } from '../format';
import { bodyCapacity, cellChars, rowHeight, TEXT } from '../geometry';
import { pagesOf, paginate } from '../paginate';
import { wrapText } from '../text';
import {
  allergiesText,
  allergiesUnrecorded,
  birthText,
  eventsOf,
  identifierText,
  isolationText,
  lastNews2,
  levelText,
  nameText,
  news2Text,
  scaleOf,
  type PrintSource,
} from './common';

/** Column widths (mm), 190 in all: the portrait content width. */
export const WARD_LIST_COLUMNS = {
  bed: 13,
  patient: 50,
  reason: 30,
  allergies: 32,
  isolation: 18,
  diet: 17,
  level: 16,
  news2: 14,
} as const;
export type WardListColumn = keyof typeof WARD_LIST_COLUMNS;

export const WARD_LIST_HEAD_MM = 7.5;
/** A patient's identity takes three lines; a free bed keeps as much room to write one in. */
const MIN_LINES = 3;

export interface WardListRow {
  key: string;
  state: 'occupied' | 'free' | 'unavailable';
  cells: Record<WardListColumn, string[]>;
  /** Allergies never recorded: the cell is framed and bold, unlike "no known allergy". */
  allergiesUnrecorded: boolean;
  heightMm: number;
}

export interface WardListDoc {
  kind: 'wardList';
  pages: WardListRow[][];
}

const wrap = (column: WardListColumn, text: string) =>
  wrapText(text, cellChars(WARD_LIST_COLUMNS[column]));

function patientCells(
  patient: PatientState,
  source: PrintSource,
  at: { now: string; today: string },
  fmt: PrintFormat,
): Omit<Record<WardListColumn, string[]>, 'bed'> {
  const { identity, header } = patient;
  const news2 = lastNews2(eventsOf(source, patient), at.now, scaleOf(patient));
  return {
    patient: [
      ...wrap('patient', nameText(identity)),
      ...wrap('patient', birthText(identity, at.today, fmt)),
      ...wrap('patient', identifierText(identity, fmt)),
    ],
    reason: wrap('reason', header.reason),
    allergies: wrap('allergies', allergiesText(header, fmt)),
    isolation: wrap('isolation', isolationText(header, fmt)),
    diet: wrap('diet', header.diet ?? ''),
    level: wrap('level', levelText(header, fmt)),
    news2: [
      ...wrap('news2', news2Text(news2, fmt)),
      ...(news2 ? wrap('news2', fmt.shortDateTime(news2.at)) : []),
    ],
  };
}

const EMPTY = { patient: [], reason: [], allergies: [], isolation: [], diet: [], level: [] };

function makeRow(
  key: string,
  state: WardListRow['state'],
  cells: WardListRow['cells'],
  allergiesUnrecorded = false,
): WardListRow {
  const lines = Math.max(...Object.values(cells).map((list) => list.length));
  return { key, state, cells, allergiesUnrecorded, heightMm: rowHeight(lines, MIN_LINES) };
}

/**
 * A row taller than a page (a list of twenty allergies) continues on the next rows, the
 * bed repeated and marked as continued: nothing is cut.
 */
function fitRow(row: WardListRow, maxLines: number, continued: string): WardListRow[] {
  const lines = Math.max(...Object.values(row.cells).map((list) => list.length));
  if (lines <= maxLines) return [row];
  return Array.from({ length: Math.ceil(lines / maxLines) }, (_, part) => {
    const cells = Object.fromEntries(
      COLUMN_KEYS.map((column) => [
        column,
        column === 'bed' && part > 0
          ? [...row.cells.bed, continued]
          : row.cells[column].slice(part * maxLines, (part + 1) * maxLines),
      ]),
    ) as WardListRow['cells'];
    return makeRow(`${row.key}-${part}`, row.state, cells, row.allergiesUnrecorded);
  });
}

const COLUMN_KEYS = Object.keys(WARD_LIST_COLUMNS) as WardListColumn[];

/**
 * The ward list: one row per bed in board order (free beds left blank to write in an
 * arrival), then the patients without a bed; the column header repeats on every page.
 */
export function buildWardList(
  source: PrintSource,
  at: { now: string; today: string },
  fmt: PrintFormat,
): WardListDoc {
  const board = buildBoard(source.beds, source.patients);
  const rows: WardListRow[] = [];
  for (const slot of board.slots) {
    const bed = wrap('bed', slot.bed.label);
    if (slot.patients.length === 0) {
      const state = slot.bed.unavailable ? 'unavailable' : 'free';
      const note = slot.bed.unavailable ? wrap('patient', fmt.t('print.wardList.unavailable')) : [];
      rows.push(makeRow(slot.bed.bedId, state, { bed, ...EMPTY, patient: note, news2: [] }));
    }
    for (const patient of slot.patients) {
      const cells = { bed, ...patientCells(patient, source, at, fmt) };
      rows.push(makeRow(patient.id, 'occupied', cells, allergiesUnrecorded(patient.header)));
    }
  }
  for (const patient of board.unplaced) {
    const bed = wrap('bed', fmt.t('print.common.noBed'));
    const cells = { bed, ...patientCells(patient, source, at, fmt) };
    rows.push(makeRow(patient.id, 'occupied', cells, allergiesUnrecorded(patient.header)));
  }
  const capacity = bodyCapacity({ orientation: 'portrait', band: false }) - WARD_LIST_HEAD_MM;
  const maxLines = Math.floor((capacity - rowHeight(0)) / TEXT.lineMm);
  const fitted = rows.flatMap((row) => fitRow(row, maxLines, fmt.t('print.notes.continued')));
  const pages = paginate(
    fitted.map((row) => row.heightMm),
    { capacityMm: capacity },
  );
  return { kind: 'wardList', pages: pagesOf(fitted, pages) };
}
