import { NEWS2_BANDS, NOT_ALERT_SCORE, OXYGEN_SCORE, type Band } from '../../domain/news2';
import {
  addDays,
  DEFAULT_TIME_ZONE,
  instantOf,
  midnight,
  toIsoWithOffset,
  wardDate,
} from '../../domain/time';
import type { GlucoseEntryUnit } from '../../domain/vitals';
import type { Spo2Scale } from '../../domain/vitalsChart';
import type { PrintFormat } from '../format';

const HOUR = 3_600_000;
/** Fewer hours left in the day than this (an evening print): the columns run on past midnight. */
export const GRID_MIN_COLUMNS = 6;
/** More columns than this would be too narrow to write in: one column per 2 h (or more). */
export const GRID_MAX_COLUMNS = 12;

/** The time axis of the sheet: the 72 h printed, then what is left of the day, blank. */
export interface VitalsAxis {
  from: string;
  /** The print time: the data stop here, the hand-written part starts. */
  now: string;
  /** End of the blank part: the next midnight of the ward (or later, see gridColumns). */
  to: string;
}

/** A blank column of the grid: the planned time printed at its head. */
export interface GridColumn {
  at: string;
  lines: string[];
}

/** One band of a parameter: its value range as printed, and its NEWS2 points. */
export interface GridBand {
  label: string;
  points: number;
}

export interface GridParameter {
  key: string;
  label: string;
  /** Highest values first, as on the RCP chart and the graph. */
  bands: GridBand[];
}

export interface VitalsGrid {
  columns: GridColumn[];
  parameters: GridParameter[];
  glucoseUnit: GlucoseEntryUnit;
}

/**
 * The blank columns after the print time. They run to the end of the ward's day, not of a
 * shift: the app knows no shift times (they differ between wards: 7–19 h, 6 h 45–14 h 15…),
 * midnight is the same everywhere, and the MAR and care plan are cut at midnight too. An
 * evening print still gets GRID_MIN_COLUMNS hours, into the night. Paris (and every zone the
 * app is used in) is offset by whole hours, so an hour of UTC starts an hour on the ward.
 */
export function gridColumns(
  now: string,
  timeZone = DEFAULT_TIME_ZONE,
): { axisEnd: string; starts: string[] } {
  const first = Math.floor(instantOf(now) / HOUR) * HOUR + HOUR;
  const dayEnd = instantOf(midnight(addDays(wardDate(now, timeZone), 1), timeZone));
  const end = Math.max(dayEnd, first + GRID_MIN_COLUMNS * HOUR);
  const hours = Math.round((end - first) / HOUR);
  const step = Math.ceil(hours / GRID_MAX_COLUMNS);
  const starts: string[] = [];
  for (let at = first; at < end; at += step * HOUR) {
    starts.push(toIsoWithOffset(new Date(at), timeZone));
  }
  return { axisEnd: toIsoWithOffset(new Date(end), timeZone), starts };
}

/** "≤ 8", "9–11", "≥ 25"; temperature with one decimal as on the chart ("35,1–36,0"). */
function bandLabel(band: Band, decimals: number, fmt: PrintFormat): string {
  const separator = fmt.number(1.5).charAt(1);
  const num = (value: number) => value.toFixed(decimals).replace('.', separator);
  if (band.min === -Infinity) return `≤\u00a0${num(band.max)}`;
  if (band.max === Infinity) return `≥\u00a0${num(band.min)}`;
  return `${num(band.min)}–${num(band.max)}`;
}

const descending = (table: readonly Band[], decimals: number, fmt: PrintFormat): GridBand[] =>
  [...table]
    .reverse()
    .map((band) => ({ label: bandLabel(band, decimals, fmt), points: band.score }));

const sameBand = (a: Band, b: Band) => a.min === b.min && a.max === b.max && a.score === b.score;

/** Scale 2: the bands both tables share, and those that differ on oxygen or on air. */
function spo2Scale2(fmt: PrintFormat): GridBand[] {
  const { spo2Scale2Air: air, spo2Scale2Oxygen: oxygen } = NEWS2_BANDS;
  const rows = [
    ...oxygen.map((band) => ({ band, on: air.some((a) => sameBand(a, band)) ? null : 'O2' })),
    ...air
      .filter((band) => !oxygen.some((o) => sameBand(o, band)))
      .map((band) => ({ band, on: 'air' })),
  ];
  // Highest first; on a tie (93 on O2, 93 on air) oxygen first, as on the RCP chart.
  const order = [...rows].sort((a, b) => b.band.min - a.band.min);
  return order.map(({ band, on }) => {
    const label = bandLabel(band, 0, fmt);
    return {
      label:
        on === null
          ? label
          : fmt.t(on === 'O2' ? 'printVitals.grid.onOxygen' : 'printVitals.grid.onAir', {
              band: label,
            }),
      points: band.score,
    };
  });
}

type ParameterKey =
  | 'respiratoryRate'
  | 'spo2'
  | 'spo2Scale2'
  | 'onOxygen'
  | 'systolicBp'
  | 'pulse'
  | 'consciousness'
  | 'temperature';

/** The NEWS2 bands of every parameter, from domain/news2.ts, for scoring a set by hand. */
export function gridParameters(scale: Spo2Scale, fmt: PrintFormat): GridParameter[] {
  const { t } = fmt;
  const name = (key: ParameterKey) => t(`printVitals.grid.parameters.${key}`);
  return [
    {
      key: 'respiratoryRate',
      label: name('respiratoryRate'),
      bands: descending(NEWS2_BANDS.respiratoryRate, 0, fmt),
    },
    {
      key: 'spo2',
      label: name(scale === 2 ? 'spo2Scale2' : 'spo2'),
      bands: scale === 2 ? spo2Scale2(fmt) : descending(NEWS2_BANDS.spo2Scale1, 0, fmt),
    },
    {
      key: 'onOxygen',
      label: name('onOxygen'),
      bands: [
        { label: t('printVitals.grid.air'), points: 0 },
        { label: t('printVitals.grid.oxygen'), points: OXYGEN_SCORE },
      ],
    },
    {
      key: 'systolicBp',
      label: name('systolicBp'),
      bands: descending(NEWS2_BANDS.systolicBp, 0, fmt),
    },
    { key: 'pulse', label: name('pulse'), bands: descending(NEWS2_BANDS.pulse, 0, fmt) },
    {
      key: 'consciousness',
      label: name('consciousness'),
      bands: [
        { label: t('printVitals.grid.alert'), points: 0 },
        { label: t('printVitals.grid.notAlert'), points: NOT_ALERT_SCORE },
      ],
    },
    {
      key: 'temperature',
      label: name('temperature'),
      bands: descending(NEWS2_BANDS.temperature, 1, fmt),
    },
  ];
}

/** The grid of the last page: blank columns to the end of the day, bands, total. */
export function buildGrid(
  now: string,
  scale: Spo2Scale,
  glucoseUnit: GlucoseEntryUnit,
  fmt: PrintFormat,
): { grid: VitalsGrid; axis: Omit<VitalsAxis, 'from'> } {
  const { axisEnd, starts } = gridColumns(now, fmt.timeZone);
  const today = wardDate(now, fmt.timeZone);
  const columns = starts.map((at) => {
    const hour = fmt.t('printVitals.grid.hourLabel', { hour: fmt.hour(at) });
    // A column on another day than the print says which day.
    const day =
      wardDate(at, fmt.timeZone) === today ? [] : [fmt.shortDateTime(at).split(' ')[0] ?? ''];
    return { at, lines: [hour, ...day] };
  });
  return {
    grid: { columns, parameters: gridParameters(scale, fmt), glucoseUnit },
    axis: { now, to: axisEnd },
  };
}

/** The grid's sizes (mm): a band row, the written rows (times, total, glycaemia, initials). */
export const GRID_MM = {
  title: 12,
  head: 8.5,
  band: 4.8,
  written: 6.5,
  parameter: 26,
  bandLabel: 26,
  points: 9,
} as const;
/** Written rows besides the bands: actual time, NEWS2 total, glycaemia, initials. */
const WRITTEN_ROWS = 4;

/** Height of the grid page's body: checked against the page in the tests. */
export const gridHeightMm = (grid: VitalsGrid) =>
  GRID_MM.title +
  GRID_MM.head +
  grid.parameters.reduce((sum, parameter) => sum + parameter.bands.length, 0) * GRID_MM.band +
  WRITTEN_ROWS * GRID_MM.written;
