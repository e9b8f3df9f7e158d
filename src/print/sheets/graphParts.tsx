import { contentWidth } from '../geometry';
import type { TrendPoint } from '../models/vitals';

// The trend graph's drawing, in mm (the SVG's user units are millimetres).
export const WIDTH = contentWidth('portrait');
export const LEFT = 12;
const RIGHT = 3;
export const PLOT = WIDTH - LEFT - RIGHT;
export const GRAPH_HEIGHT = 81;
/** 8.2 pt: nothing on the sheet is smaller (read at arm's length, issue 10 point 9). */
export const GRAPH_FONT = 2.9;

export interface Panel {
  top: number;
  height: number;
  min: number;
  max: number;
  /** Values labelled, each with a dotted line. */
  ticks: number[];
  /** Thinner unlabelled lines between them, to plot by hand. */
  minor?: number[];
}

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);
// Scales as on paper charts; values outside are drawn at the edge.
export const PULSE_BP: Panel = {
  top: 8,
  height: 28,
  min: 30,
  max: 210,
  ticks: [50, 100, 150, 200],
  minor: range(40, 200, 10),
};
/**
 * Temperature 35–41 °C, 2 mm per half degree: a label at each degree and a line at each
 * half, so a value can be plotted by hand to 0.1 °C (35 is NEWS2's 3-point limit).
 */
export const TEMP: Panel = {
  top: 39,
  height: 24,
  min: 35,
  max: 41,
  ticks: range(35, 41, 1),
  minor: range(35.5, 40.5, 1),
};
// 10 and 30 only: at 8 pt, labels 2.5 mm apart would overlap; 20 is a line.
export const RR: Panel = { top: 66, height: 10, min: 0, max: 40, ticks: [10, 30], minor: [20] };

export const y = (panel: Panel, value: number) => {
  const clamped = Math.min(panel.max, Math.max(panel.min, value));
  const share = (clamped - panel.min) / (panel.max - panel.min);
  return panel.top + panel.height - share * panel.height;
};

/** A panel's frame, its dotted value lines and their labels. */
export function Frame({ panel, label }: { panel: Panel; label: string }) {
  return (
    <g>
      <rect
        x={LEFT}
        y={panel.top}
        width={PLOT}
        height={panel.height}
        fill="none"
        stroke="#000"
        strokeWidth={0.25}
      />
      {(panel.minor ?? []).map((value) => (
        <line
          key={`minor-${value}`}
          x1={LEFT}
          x2={LEFT + PLOT}
          y1={y(panel, value)}
          y2={y(panel, value)}
          stroke="#000"
          strokeWidth={0.05}
        />
      ))}
      {panel.ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={LEFT}
            x2={LEFT + PLOT}
            y1={y(panel, tick)}
            y2={y(panel, tick)}
            stroke="#000"
            strokeWidth={0.1}
            strokeDasharray="0.6 0.8"
          />
          <text x={LEFT - 0.8} y={y(panel, tick) + 1} textAnchor="end" fontSize={GRAPH_FONT}>
            {tick}
          </text>
        </g>
      ))}
      <text x={0} y={panel.top + 2.6} fontSize={GRAPH_FONT} fontWeight={700}>
        {label}
      </text>
    </g>
  );
}

type Marker = 'circle' | 'square' | 'triangle';

/**
 * One measurement: a line through its points in its own dash, and its own marker, so that
 * lines stay apart in black and white.
 */
export function Series(props: {
  points: readonly TrendPoint[];
  panel: Panel;
  x: (at: string) => number;
  marker: Marker;
  dash?: string;
}) {
  const { points, panel, x, marker, dash } = props;
  const coords = points.map((point) => [x(point.at), y(panel, point.value)] as const);
  return (
    <g>
      <polyline
        points={coords.map(([px, py]) => `${px.toFixed(2)},${py.toFixed(2)}`).join(' ')}
        fill="none"
        stroke="#000"
        strokeWidth={0.25}
        strokeDasharray={dash}
      />
      {coords.map(([px, py], index) =>
        marker === 'circle' ? (
          <circle key={index} cx={px} cy={py} r={0.7} fill="#000" />
        ) : marker === 'square' ? (
          <rect key={index} x={px - 0.7} y={py - 0.7} width={1.4} height={1.4} fill="#000" />
        ) : (
          <path key={index} d={`M${px} ${py - 0.9}l0.8 1.4h-1.6z`} fill="#000" />
        ),
      )}
    </g>
  );
}

/** Blood pressure as a bar from diastolic to systolic, with a tick at each end. */
export function BpBars(props: {
  systolic: readonly TrendPoint[];
  diastolic: readonly TrendPoint[];
  x: (at: string) => number;
}) {
  const low = new Map(props.diastolic.map((point) => [point.at, point.value]));
  return (
    <g stroke="#000">
      {props.systolic.map((point) => {
        const px = props.x(point.at);
        const ends = [point.value, low.get(point.at) ?? point.value].map((v) => y(PULSE_BP, v));
        return (
          <g key={point.at}>
            <line x1={px} x2={px} y1={ends[0]} y2={ends[1]} strokeWidth={0.5} />
            {ends.map((end, index) => (
              <line key={index} x1={px - 0.8} x2={px + 0.8} y1={end} y2={end} strokeWidth={0.3} />
            ))}
          </g>
        );
      })}
    </g>
  );
}
