import type { CareOutcome } from '../../domain/care';
import { carePlanFor, type CareRecord } from '../../domain/carePlan';
import type { WardEvent } from '../../domain/events';
import type { AdministrationOutcome } from '../../domain/doseStatus';
import { marFor, type MarAdministration } from '../../domain/mar';
import { instantOf } from '../../domain/time';
import type { PrintFormat } from '../format';
import {
  bodyCapacity,
  cellChars,
  contentWidth,
  legendHeight,
  rowHeight,
  TABLE_HEAD_MM,
  TEXT,
} from '../geometry';
import { paginateWithBlanks, pagesOf } from '../paginate';
import { wrapText } from '../text';
import type { SheetWindow } from '../types';
import { careText, medText, scheduleText } from './chartText';
import { careReasons, medReasons, reasonRows, splitReasons, type ReasonRow } from './reasons';

/** The label column; the hours share the rest of the landscape width. */
export const CARE_PLAN_LABEL_MM = 62;
export const CARE_PLAN_HEAD_MM = TABLE_HEAD_MM;
export const CARE_PLAN_BLANK_MM = 9;
const MIN_BLANKS = 3;
const HOUR = 3_600_000;

/** What an hour box shows: a box to fill, what was done (initials, time), or a code. */
export interface PlanMark {
  kind: 'box' | 'done' | 'code';
  /** Two short lines: initials and time, code and initials, or the minutes of a box. */
  lines: [string, string];
  /** A box not charted and overdue at print time: its second line says late or missed. */
  overdue?: 'late' | 'missed';
}

export interface CarePlanRow {
  kind: 'item';
  key: string;
  label: string[];
  highAlert: boolean;
  /** Marks per hour column. */
  hours: PlanMark[][];
  heightMm: number;
}

export interface CarePlanDoc {
  kind: 'carePlan';
  window: SheetWindow;
  /** The hour labels ("00" … "23"; a DST day has 23 or 25). */
  hourLabels: string[];
  pages: CarePlanRow[][];
  /** The reasons of what the boxes show, at the foot of the table, after the last rows. */
  reasons: ReasonRow[][];
  blanks: number[];
}

/** What a slot's entry says, from the MAR or from the care plan. */
type Entry = Pick<MarAdministration | CareRecord, 'at' | 'author'> & {
  outcome: AdministrationOutcome | CareOutcome;
};

export function markOf(
  record: Entry | null,
  dueAt: string,
  fmt: PrintFormat,
  status?: string,
): PlanMark {
  if (!record) {
    const minutes = fmt.time(dueAt).slice(-2);
    const shown = minutes === '00' ? '' : `:${minutes}`;
    if (status === 'late' || status === 'missed')
      return {
        kind: 'box',
        lines: [shown, fmt.t(`printDetails.overdue.${status}Short`)],
        overdue: status,
      };
    return { kind: 'box', lines: [shown, ''] };
  }
  if (record.outcome === 'given' || record.outcome === 'done')
    return { kind: 'done', lines: [record.author.initials, fmt.time(record.at)] };
  const code = fmt.t(`print.codes.${record.outcome}`);
  return { kind: 'code', lines: [code, record.author.initials] };
}

/**
 * The 24 h care plan ("diagramme de soins"): medications then planned care as rows, the
 * hours of the day as columns. Done shows initials and time, due an empty box; as-needed
 * doses given show where they were given. Empty rows follow for care added by hand.
 */
export function buildCarePlan(
  events: readonly WardEvent[],
  window: SheetWindow,
  now: string,
  fmt: PrintFormat,
): CarePlanDoc {
  const from = instantOf(window.from);
  const count = Math.round((instantOf(window.to) - from) / HOUR);
  const hourOf = (iso: string) => Math.floor((instantOf(iso) - from) / HOUR);
  const hourLabels = Array.from({ length: count }, (_, i) =>
    fmt.hour(new Date(from + i * HOUR).toISOString()),
  );
  const chars = cellChars(CARE_PLAN_LABEL_MM);
  const place = (marks: { at: string; mark: PlanMark }[]) => {
    const hours: PlanMark[][] = hourLabels.map(() => []);
    for (const { at, mark } of marks) hours[hourOf(at)]?.push(mark);
    return hours;
  };
  const row = (key: string, label: string[], highAlert: boolean, hours: PlanMark[][]) => {
    const lines = Math.max(label.length, ...hours.map((marks) => marks.length * 2));
    return { kind: 'item' as const, key, label, highAlert, hours, heightMm: rowHeight(lines, 2) };
  };
  const marRows = marFor(events, window.from, window.to, now, fmt.timeZone);
  const careRows = carePlanFor(events, window.from, window.to, now, fmt.timeZone);
  const meds = marRows.map(({ prescription, slots, administrations }) => {
    const name = medText(prescription, fmt);
    const label = [
      ...wrapText(
        prescription.highAlert ? `${fmt.t('print.carePlan.highAlert')} ${name}` : name,
        chars,
      ),
      ...wrapText(scheduleText(prescription.schedule, fmt), chars),
    ];
    const marks =
      prescription.schedule.kind === 'prn'
        ? administrations.map((record) => ({
            at: record.at,
            mark: markOf(record, record.at, fmt),
          }))
        : slots.map((slot) => ({
            at: slot.dueAt,
            mark: markOf(slot.administration, slot.dueAt, fmt, slot.status),
          }));
    return row(prescription.id, label, prescription.highAlert, place(marks));
  });
  const care = careRows.map(({ care: item, slots }) => {
    const label = [
      ...wrapText(careText(item, fmt), chars),
      ...wrapText(scheduleText(item.schedule, fmt), chars),
    ];
    const marks = slots.map((slot) => ({
      at: slot.dueAt,
      mark: markOf(slot.record, slot.dueAt, fmt, slot.status),
    }));
    return row(item.id, label, false, place(marks));
  });
  const rows = [...meds, ...care];
  const entries = [...medReasons(marRows, fmt), ...careReasons(careRows, fmt)];
  const all = [...rows, ...reasonRows(entries, contentWidth('landscape'), fmt)];
  // What the body holds besides the rows: the header row and the legend as printed.
  const capacityMm =
    bodyCapacity({ orientation: 'landscape', band: true }) -
    CARE_PLAN_HEAD_MM -
    legendHeight(fmt.t('printDetails.carePlan.legend'), 'landscape');
  const { pages, blanks } = paginateWithBlanks(
    all.map((r) => r.heightMm),
    { capacityMm },
    CARE_PLAN_BLANK_MM,
    MIN_BLANKS,
  );
  const split = splitReasons(pagesOf(all, pages));
  return {
    kind: 'carePlan',
    window,
    hourLabels,
    pages: split.rows,
    reasons: split.reasons,
    blanks,
  };
}

/** Width of one hour column, in mm. */
export const hourWidth = (hours: number) =>
  (contentWidth('landscape') - CARE_PLAN_LABEL_MM) / Math.max(1, hours);

export const MARK_LINE_MM = TEXT.lineMm;
