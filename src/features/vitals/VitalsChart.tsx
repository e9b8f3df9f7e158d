import { useId } from 'react';
import type { NumericVital } from '../../domain/vitals';
import type { VitalsRow } from '../../domain/vitalsChart';
import { parameterSeries } from '../../domain/vitalsChart';
import { instantOf } from '../../domain/time';
import { useI18n } from '../../i18n/I18nProvider';
import { scale, timeTicks, yRange } from './chartGeometry';
import { useTimeZone } from '../../ui/wardTime';

const W = 720;
const H = 132;
const LEFT = 48;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 26;

interface Line {
  points: { at: string; value: number }[];
  /** Circles for the first line, squares for the second: told apart without colour. */
  marker: 'circle' | 'square';
}

interface Panel {
  key: 'news2' | 'respiratoryRate' | 'spo2' | 'systolicBp' | 'pulse' | 'temperature';
  lines: Line[];
  /** Where NEWS2 scores 0 for this parameter, shaded. */
  band: readonly [number, number];
  /** What the measure can be: the axis stops there. */
  bounds?: readonly [number, number];
}

/** The panels of the chart, from the rows of the table. */
function panels(rows: readonly VitalsRow[]): Panel[] {
  const line = (field: NumericVital, marker: Line['marker'] = 'circle'): Line => ({
    points: parameterSeries(rows, field),
    marker,
  });
  const news2 = rows.flatMap((row) => (row.news2 ? [{ at: row.at, value: row.news2.total }] : []));
  return [
    // NEWS2: from 0 to at least 7, where the emergency response starts.
    { key: 'news2', lines: [{ points: news2, marker: 'circle' }], band: [0, 7], bounds: [0, 20] },
    { key: 'respiratoryRate', lines: [line('respiratoryRate')], band: [12, 20] },
    { key: 'spo2', lines: [line('spo2')], band: [96, 100], bounds: [50, 100] },
    {
      key: 'systolicBp',
      lines: [line('systolicBp'), line('diastolicBp', 'square')],
      band: [111, 219],
    },
    { key: 'pulse', lines: [line('pulse')], band: [51, 90] },
    { key: 'temperature', lines: [line('temperature')], band: [36.1, 38] },
  ];
}

/** One parameter over the period, as SVG: a shaded normal band, the points and their line. */
function ChartPanel({ panel, fromMs, toMs }: { panel: Panel; fromMs: number; toMs: number }) {
  const { t, formatNumber, formatDateTime, formatTime } = useI18n();
  const timeZone = useTimeZone();
  const titleId = useId();
  const values = panel.lines.flatMap((line) => line.points.map((p) => p.value));
  const [lo, hi] = yRange(values, panel.band, panel.bounds);
  const x = scale(fromMs, toMs, LEFT, W - RIGHT);
  const y = scale(lo, hi, H - BOTTOM, TOP);
  const last = panel.lines[0]?.points.at(-1);
  const label = t(`charting.vitals.chart.panels.${panel.key}`);
  const summary = last
    ? t('charting.vitals.chart.summary', {
        count: values.length,
        last: formatNumber(last.value),
        time: formatDateTime(last.at),
      })
    : t('charting.vitals.chart.empty');
  return (
    <figure className="chart-panel">
      <figcaption id={titleId}>
        <strong>{label}</strong> — {summary}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} className="chart-svg">
        {panel.key !== 'news2' && (
          <rect
            className="chart-band"
            x={LEFT}
            width={W - LEFT - RIGHT}
            y={y(panel.band[1])}
            height={Math.max(0, y(panel.band[0]) - y(panel.band[1]))}
          />
        )}
        <line className="chart-axis" x1={LEFT} x2={LEFT} y1={TOP} y2={H - BOTTOM} />
        <line className="chart-axis" x1={LEFT} x2={W - RIGHT} y1={H - BOTTOM} y2={H - BOTTOM} />
        {[lo, hi].map((value) => (
          <text key={value} className="chart-label" x={LEFT - 6} y={y(value) + 5} textAnchor="end">
            {formatNumber(value)}
          </text>
        ))}
        {timeTicks(fromMs, toMs, timeZone).map((tick) => (
          <g key={tick}>
            <line className="chart-grid" x1={x(tick)} x2={x(tick)} y1={TOP} y2={H - BOTTOM} />
            <text className="chart-label" x={x(tick)} y={H - 8} textAnchor="middle">
              {`${formatDateTime(new Date(tick).toISOString()).slice(0, 5)} ${formatTime(new Date(tick).toISOString())}`}
            </text>
          </g>
        ))}
        {panel.lines.map((line, index) => {
          const points = line.points.map((p) => [x(instantOf(p.at)), y(p.value)] as const);
          return (
            <g key={index} className={`chart-line chart-line-${index}`}>
              <polyline points={points.map(([px, py]) => `${px},${py}`).join(' ')} />
              {points.map(([px, py], i) =>
                line.marker === 'circle' ? (
                  <circle key={i} cx={px} cy={py} r={4} />
                ) : (
                  <rect key={i} x={px - 4} y={py - 4} width={8} height={8} />
                ),
              )}
              {points.length > 0 && (
                // The last value in figures: the chart reads without colour, and at a glance.
                <text
                  className="chart-value"
                  x={(points.at(-1)?.[0] ?? 0) - (index === 0 ? 8 : 12)}
                  y={(points.at(-1)?.[1] ?? 0) + (index === 0 ? -8 : 6)}
                  textAnchor="end"
                >
                  {formatNumber(line.points.at(-1)?.value ?? 0)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** The vitals over the period as small charts, one per parameter, drawn here (no library). */
export function VitalsChart({
  rows,
  from,
  to,
}: {
  rows: readonly VitalsRow[];
  from: string;
  to: string;
}) {
  const fromMs = instantOf(from);
  const toMs = instantOf(to);
  return (
    <div className="vitals-chart">
      {panels(rows).map((panel) => (
        <ChartPanel key={panel.key} panel={panel} fromMs={fromMs} toMs={toMs} />
      ))}
    </div>
  );
}
