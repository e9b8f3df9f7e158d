import type { WardEvent } from '../../domain/events';
import { marFor, type MarAdministration, type MarRow } from '../../domain/mar';
import { instantOf } from '../../domain/time';
import type { PrintFormat } from '../format';
import {
  bodyCapacity,
  cellChars,
  contentWidth,
  legendHeight,
  TABLE_HEAD_MM,
  TEXT,
} from '../geometry';
import { paginateWithBlanks, pagesOf } from '../paginate';
import { clampLines, wrapText } from '../text';
import type { SheetWindow } from '../types';
import { doseText, scheduleText } from './chartText';
import { medReasons, reasonRows, splitReasons, type ReasonRow } from './reasons';
import { addDays, midnight } from '../../domain/time';

export const MAR_LABEL_MM = 80;
export const MAR_HEAD_MM = TABLE_HEAD_MM;
/**
 * A dose box: its time above (8 pt), room for initials or a code below. A high-alert drug's
 * box has a second space under the first, for the initials of the nurse who double-checks.
 */
export const MAR_BOX = { widthMm: 15.5, heightMm: 9, checkMm: 5 } as const;
export const marBoxHeight = (highAlert: boolean) =>
  MAR_BOX.heightMm + (highAlert ? MAR_BOX.checkMm : 0);
/** An empty row to write a prescription by hand, with room for its boxes. */
export const MAR_BLANK_MM = 18;
const MIN_BLANKS = 2;
/** As-needed rows show boxes up to the 24 h maximum, six at most. */
const MAX_PRN_BOXES = 6;
const PAD_MM = 2 * TEXT.cellPadMm + TEXT.borderMm;

/** One dose box: the scheduled (or given) time and what was charted. */
export interface MarBox {
  time: string;
  /** Initials when given; a code and initials otherwise; empty when still to do. */
  mark: string;
  /** Not charted and overdue at print time (doseStatus): the box says so and is drawn thick. */
  overdue?: 'late' | 'missed';
}

export interface MarSheetRow {
  kind: 'prescription';
  key: string;
  label: string[];
  /** The first lines in bold: the high-alert mark and the drug. */
  strongLines: number;
  highAlert: boolean;
  /** The boxes of each of the three days. */
  days: MarBox[][];
  heightMm: number;
}

export interface MarDoc {
  kind: 'mar';
  window: SheetWindow;
  /** Each day's first instant, for the column headers. */
  days: string[];
  pages: MarSheetRow[][];
  /** The reasons of what the boxes show, at the foot of the table, after the last rows. */
  reasons: ReasonRow[][];
  blanks: number[];
}

export const marDayWidth = () => (contentWidth('landscape') - MAR_LABEL_MM) / 3;
const boxesPerLine = () => Math.max(1, Math.floor((marDayWidth() - 1.5) / MAR_BOX.widthMm));

function markOf(record: MarAdministration, dueAt: string | null, fmt: PrintFormat): string {
  if (record.outcome !== 'given') {
    return `${fmt.t(`print.codes.${record.outcome}`)} ${record.author.initials}`;
  }
  // Given more than an hour from its time: the time it was given is part of the record.
  const off = dueAt !== null && Math.abs(instantOf(record.at) - instantOf(dueAt)) > 3_600_000;
  return off ? `${record.author.initials} ${fmt.time(record.at)}` : record.author.initials;
}

/** The prescription as written; its note is cut to what a page can hold (the log has it). */
function labelOf(row: MarRow, fmt: PrintFormat, chars: number, maxLines: number) {
  const { prescription: p } = row;
  const { t } = fmt;
  const end = p.stop ? t('print.mar.stopped', { at: fmt.shortDateTime(p.stop.at) }) : null;
  const date = p.orderDate.split('-').reverse().join('/');
  // Imported from a census file and not yet checked by a nurse: said first, in bold.
  const unchecked = p.imported !== undefined && p.importCheck === null;
  const head = [
    ...(unchecked ? wrapText(t('fhirCensus.imported.printUnchecked'), chars) : []),
    ...(p.highAlert ? wrapText(t('print.mar.highAlert'), chars) : []),
    ...wrapText(`${p.drug} ${doseText(p.dose, fmt)} ${t(`print.routes.${p.route}`)}`, chars),
  ];
  const lines = [
    ...head,
    ...wrapText(scheduleText(p.schedule, fmt), chars),
    ...wrapText(t('print.mar.prescriber', { name: p.prescriber, date }), chars),
    ...(end ? wrapText(end, chars) : []),
    ...(p.importCheck
      ? wrapText(
          t('fhirCensus.imported.printChecked', { initials: p.importCheck.author.initials }),
          chars,
        )
      : []),
  ];
  const note = p.note ? wrapText(p.note, chars) : [];
  const label = [...lines, ...clampLines(note, Math.max(0, maxLines - lines.length), chars)];
  return { label, strongLines: head.length };
}

/**
 * The medication administration record over three days: one row per prescription, the
 * boxes of each day's scheduled doses (initials, or a code for not given / refused /
 * held), as-needed doses with their limit and boxes up to it. Empty rows follow.
 */
export function buildMar(
  events: readonly WardEvent[],
  window: SheetWindow,
  now: string,
  fmt: PrintFormat,
): MarDoc {
  const firstDay = window.from.slice(0, 10);
  const dayStarts = [0, 1, 2, 3].map((n) =>
    instantOf(midnight(addDays(firstDay, n), fmt.timeZone)),
  );
  const dayOf = (iso: string) => {
    const t = instantOf(iso);
    return [0, 1, 2].find((i) => t >= (dayStarts[i] ?? 0) && t < (dayStarts[i + 1] ?? 0)) ?? -1;
  };
  const chars = cellChars(MAR_LABEL_MM);
  // What the body holds besides the rows: the header row and the legend as printed.
  const capacityMm =
    bodyCapacity({ orientation: 'landscape', band: true }) -
    MAR_HEAD_MM -
    legendHeight(fmt.t('printDetails.mar.legend'), 'landscape');
  const maxLines = Math.floor((capacityMm - PAD_MM) / TEXT.lineMm);
  const marRows = marFor(events, window.from, window.to, now, fmt.timeZone);
  const rows = marRows.map((row): MarSheetRow => {
    const days: MarBox[][] = [[], [], []];
    const { schedule } = row.prescription;
    if (schedule.kind === 'prn') {
      for (const record of row.administrations) {
        days[dayOf(record.at)]?.push({
          time: fmt.time(record.at),
          mark: markOf(record, null, fmt),
        });
      }
      const boxes = Math.min(schedule.maxDosesPer24h, MAX_PRN_BOXES);
      for (const day of days) while (day.length < boxes) day.push({ time: '', mark: '' });
    } else {
      for (const slot of row.slots) {
        const record = slot.administration;
        const { status } = slot;
        const overdue = !record && (status === 'late' || status === 'missed') ? status : null;
        days[dayOf(slot.dueAt)]?.push({
          time: fmt.time(slot.dueAt),
          mark: record
            ? markOf(record, slot.dueAt, fmt)
            : overdue
              ? fmt.t(`printDetails.overdue.${overdue}`)
              : '',
          ...(overdue ? { overdue } : {}),
        });
      }
    }
    const { label, strongLines } = labelOf(row, fmt, chars, maxLines);
    const boxLines = Math.max(1, ...days.map((day) => Math.ceil(day.length / boxesPerLine())));
    const { id, highAlert } = row.prescription;
    const boxesMm = boxLines * marBoxHeight(highAlert);
    const heightMm = Math.max(label.length * TEXT.lineMm, boxesMm) + PAD_MM;
    return { kind: 'prescription', key: id, label, strongLines, highAlert, days, heightMm };
  });
  const all = [...rows, ...reasonRows(medReasons(marRows, fmt), contentWidth('landscape'), fmt)];
  const { pages, blanks } = paginateWithBlanks(
    all.map((row) => row.heightMm),
    { capacityMm },
    MAR_BLANK_MM,
    MIN_BLANKS,
  );
  const days = dayStarts.slice(0, 3).map((start) => new Date(start).toISOString());
  const split = splitReasons(pagesOf(all, pages));
  return { kind: 'mar', window, days, pages: split.rows, reasons: split.reasons, blanks };
}
