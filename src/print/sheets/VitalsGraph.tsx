import { instantOf } from '../../domain/time';
import { usePrintFormat } from '../format';
import type { VitalsDoc } from '../models/vitals';
import {
  BpBars,
  Frame,
  GRAPH_FONT,
  GRAPH_HEIGHT,
  LEFT,
  PLOT,
  PULSE_BP,
  RR,
  Series,
  TEMP,
  WIDTH,
} from './graphParts';

const HOUR = 3_600_000;

/**
 * The trends of the last 72 h, in black and white: each measurement its own marker and
 * line style, so nothing depends on colour. Vertical lines every 6 h, bold at midnight.
 * The axis runs on past the print time (a thick dashed line) to the end of the day, with a
 * line at each column of the hand-scoring grid, so the nurse goes on plotting by hand.
 */
export function VitalsGraph({ doc }: { doc: VitalsDoc }) {
  const { t, hour, day, time } = usePrintFormat();
  const { axis, trends } = doc;
  const from = instantOf(axis.from);
  const span = Math.max(HOUR, instantOf(axis.to) - from);
  const x = (at: string) => LEFT + ((instantOf(at) - from) / span) * PLOT;
  const ticks: string[] = [];
  for (let at = Math.ceil(from / HOUR) * HOUR; at <= from + span; at += HOUR) {
    const iso = new Date(at).toISOString();
    if (Number(hour(iso)) % 6 === 0) ticks.push(iso);
  }
  const label = (key: 'pulse' | 'temp' | 'rr') =>
    t(`print.vitals.columns.${key}`).split(' ')[0] ?? '';
  const legend = [
    t('print.vitals.graphPulse'),
    t('print.vitals.graphBp'),
    t('print.vitals.graphTemp'),
    t('print.vitals.graphRr'),
  ].join(' · ');
  const top = PULSE_BP.top;
  const bottom = RR.top + RR.height;
  const now = x(axis.now);
  const title = t('printVitals.graph.title', { end: `${day(axis.to)} ${time(axis.to)}` });
  return (
    <figure className="vitals-graph">
      <figcaption className="visually-hidden">{title}</figcaption>
      <svg
        width={`${WIDTH}mm`}
        height={`${GRAPH_HEIGHT}mm`}
        viewBox={`0 0 ${WIDTH} ${GRAPH_HEIGHT}`}
        aria-hidden="true"
      >
        <text x={LEFT} y={3} fontSize={GRAPH_FONT} fontWeight={700}>
          {title}
        </text>
        <text x={LEFT} y={6.4} fontSize={GRAPH_FONT}>
          {legend}
        </text>
        <Frame panel={PULSE_BP} label={label('pulse')} />
        <Frame panel={TEMP} label={label('temp')} />
        <Frame panel={RR} label={label('rr')} />
        {doc.grid.columns.map((column) => (
          <line
            key={column.at}
            x1={x(column.at)}
            x2={x(column.at)}
            y1={top}
            y2={bottom}
            stroke="#000"
            strokeWidth={0.08}
            strokeDasharray="0.4 0.6"
          />
        ))}
        {ticks.map((tick) => {
          const midnight = hour(tick) === '00';
          return (
            <g key={tick}>
              <line
                x1={x(tick)}
                x2={x(tick)}
                y1={top}
                y2={bottom}
                stroke="#000"
                strokeWidth={midnight ? 0.25 : 0.1}
              />
              <text
                x={x(tick)}
                y={GRAPH_HEIGHT - 1}
                // The day at the axis's end (midnight) would be cut in half by the page edge.
                textAnchor={x(tick) > WIDTH - 10 ? 'end' : 'middle'}
                fontSize={GRAPH_FONT}
                fontWeight={midnight ? 700 : 400}
              >
                {midnight ? day(tick) : `${hour(tick)} h`}
              </text>
            </g>
          );
        })}
        <line
          x1={now}
          x2={now}
          y1={top}
          y2={bottom}
          stroke="#000"
          strokeWidth={0.5}
          strokeDasharray="1.2 0.6"
        />
        {/* Upright along the line, in the blank part: nothing is plotted there yet. */}
        <text
          x={now + 1}
          y={top + 1}
          fontSize={GRAPH_FONT}
          fontWeight={700}
          transform={`rotate(90 ${now + 1} ${top + 1})`}
        >
          {t('printVitals.graph.printed', { time: time(axis.now) })}
        </text>
        <BpBars systolic={trends.systolic} diastolic={trends.diastolic} x={x} />
        <Series points={trends.pulse} panel={PULSE_BP} x={x} marker="circle" />
        <Series points={trends.temperature} panel={TEMP} x={x} marker="square" dash="1 0.6" />
        <Series points={trends.respiratoryRate} panel={RR} x={x} marker="triangle" dash="0.3 0.6" />
      </svg>
    </figure>
  );
}
