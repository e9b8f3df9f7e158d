import type { WardEvent } from '../../domain/events';
import {
  parameterSeries,
  vitalsSeries,
  type Spo2Scale,
  type VitalsRow,
} from '../../domain/vitalsChart';
import type { PrintFormat } from '../format';
import { bodyCapacity, cellChars, contentWidth, legendHeight, rowHeight } from '../geometry';
import { GLUCOSE_UNIT, type GlucoseEntryUnit } from '../../domain/vitals';
import { paginateWithBlanks, pagesOf } from '../paginate';
import { wrapText } from '../text';
import type { SheetWindow } from '../types';
import { reasonRows, splitReasons, vitalsComments, type ReasonRow } from './reasons';
import { buildGrid, type VitalsAxis, type VitalsGrid } from './vitalsGrid';

/** Column widths (mm), 190 in all. */
export const VITALS_COLUMNS = {
  when: 24,
  rr: 12,
  spo2: 16,
  o2: 20,
  bp: 19,
  pulse: 12,
  avpu: 12,
  temp: 13,
  news2: 14,
  pain: 13,
  glucose: 21,
  initials: 14,
} as const;
export type VitalsColumn = keyof typeof VITALS_COLUMNS;

export const VITALS_HEAD_MM = 7.5;
/** The graph's box (sheets.css .vitals-graph): GRAPH_HEIGHT and a margin. */
export const VITALS_GRAPH_MM = 83;
/** An empty row to write a set by hand. */
export const VITALS_BLANK_MM = 7;
// The NEWS2 grid page that ends the sheet is where sets are continued by hand: the table
// gets the blank rows that fit on its last page, never a page of blank rows of its own.
const MIN_BLANKS = 0;

export interface VitalsTableRow {
  kind: 'set';
  key: string;
  cells: Record<VitalsColumn, string[]>;
  heightMm: number;
}

export interface TrendPoint {
  at: string;
  value: number;
}

export interface VitalsDoc {
  kind: 'vitals';
  window: SheetWindow;
  trends: {
    pulse: TrendPoint[];
    systolic: TrendPoint[];
    diastolic: TrendPoint[];
    temperature: TrendPoint[];
    respiratoryRate: TrendPoint[];
    spo2: TrendPoint[];
  };
  pages: VitalsTableRow[][];
  /** The comments of the sets, at the foot of the table, after the last rows. */
  reasons: ReasonRow[][];
  blanks: number[];
  /** The ward's glycaemia unit (Settings): the column's header; values keep their own. */
  glucoseUnit: GlucoseEntryUnit;
  /** The graph's time axis: past 72 h, then blank up to the end of the day. */
  axis: VitalsAxis;
  /** The last page: blank columns with NEWS2 bands, to score sets written by hand. */
  grid: VitalsGrid;
}

/** Table pages, then the grid's page. */
export const vitalsPageCount = (doc: VitalsDoc) => doc.pages.length + 1;

const num = (value: number | undefined, fmt: PrintFormat) =>
  value === undefined ? '' : fmt.number(value);

/** The number as typed, every decimal kept, with the language's decimal separator. */
const asTyped = (value: number, fmt: PrintFormat) =>
  String(value).replace('.', fmt.number(1.5).charAt(1));

/** The reading with its unit, as typed ("2,56 g/L"); older sets were stored in mmol/L. */
function glucoseText(v: VitalsRow['values'], fmt: PrintFormat): string {
  if (v.bloodGlucose === undefined) return '';
  const entered = v.bloodGlucoseAsEntered;
  // A meter in g/L reads two decimals (2,56): printed as typed, not rounded to one.
  if (entered) return `${asTyped(entered.value, fmt)}\u00a0${entered.unit}`;
  return `${fmt.number(v.bloodGlucose)}\u00a0${v.bloodGlucoseUnit ?? GLUCOSE_UNIT}`;
}

function cellsOf(row: VitalsRow, fmt: PrintFormat): Record<VitalsColumn, string> {
  const v = row.values;
  const { t } = fmt;
  const oxygen =
    v.onOxygen === undefined
      ? ''
      : v.onOxygen
        ? [
            v.oxygenDevice ? t(`print.oxygen.${v.oxygenDevice}`) : '',
            v.oxygenFlow === undefined ? '' : `${fmt.number(v.oxygenFlow)} L`,
            v.oxygenPercent === undefined ? '' : `${v.oxygenPercent}%`,
          ]
            .filter(Boolean)
            .join(' ')
        : t('print.vitals.air');
  const bp =
    v.systolicBp === undefined
      ? ''
      : v.diastolicBp === undefined
        ? `${v.systolicBp}`
        : `${v.systolicBp}/${v.diastolicBp}`;
  const news2 = row.news2 ? `${row.news2.total}${row.news2.anyParameterScores3 ? '*' : ''}` : '';
  return {
    when: fmt.shortDateTime(row.at),
    rr: num(v.respiratoryRate, fmt),
    spo2:
      v.spo2 === undefined
        ? ''
        : `${v.spo2}${v.spo2Scale === 2 ? ` ${t('print.vitals.scale2')}` : ''}`,
    o2: oxygen,
    bp,
    pulse: num(v.pulse, fmt),
    avpu: v.consciousness ?? '',
    temp: num(v.temperature, fmt),
    news2,
    pain: num(v.pain, fmt),
    glucose: glucoseText(v, fmt),
    initials: row.author.initials,
  };
}

/**
 * The observation chart of the last 72 h: a trend graph on the first page, every set as a
 * row with its NEWS2 (as the folds scored it), the NEWS2 legend on every page, empty rows,
 * then a page to go on by hand until the end of the day. `window.to` is the print time.
 */
export function buildVitals(
  events: readonly WardEvent[],
  window: SheetWindow,
  fmt: PrintFormat,
  scale: Spo2Scale = 1,
  glucoseUnit: GlucoseEntryUnit = GLUCOSE_UNIT,
): VitalsDoc {
  const series = vitalsSeries(events, window.from, window.to, scale);
  const rows = series.map((row) => {
    const text = cellsOf(row, fmt);
    const cells = Object.fromEntries(
      (Object.keys(VITALS_COLUMNS) as VitalsColumn[]).map((column) => [
        column,
        wrapText(text[column], cellChars(VITALS_COLUMNS[column])),
      ]),
    ) as Record<VitalsColumn, string[]>;
    const lines = Math.max(...Object.values(cells).map((list) => list.length));
    return { kind: 'set' as const, key: row.id, cells, heightMm: rowHeight(lines) };
  });
  const all = [...rows, ...reasonRows(vitalsComments(series, fmt), contentWidth('portrait'), fmt)];
  const capacityMm =
    bodyCapacity({ orientation: 'portrait', band: true }) -
    VITALS_HEAD_MM -
    legendHeight(fmt.t('print.vitals.legend'), 'portrait');
  const { pages, blanks } = paginateWithBlanks(
    all.map((row) => row.heightMm),
    { capacityMm, firstCapacityMm: capacityMm - VITALS_GRAPH_MM },
    VITALS_BLANK_MM,
    MIN_BLANKS,
  );
  const split = splitReasons(pagesOf(all, pages));
  const { grid, axis } = buildGrid(window.to, scale, glucoseUnit, fmt);
  return {
    kind: 'vitals',
    window,
    trends: {
      pulse: parameterSeries(series, 'pulse'),
      systolic: parameterSeries(series, 'systolicBp'),
      diastolic: parameterSeries(series, 'diastolicBp'),
      temperature: parameterSeries(series, 'temperature'),
      respiratoryRate: parameterSeries(series, 'respiratoryRate'),
      spo2: parameterSeries(series, 'spo2'),
    },
    pages: split.rows,
    reasons: split.reasons,
    blanks,
    glucoseUnit,
    axis: { from: window.from, ...axis },
    grid,
  };
}
