import { instantOf } from '../../domain/time';
import { usePrintFormat } from '../format';
import type { VitalsDoc } from '../models/vitals';
import {
  BpBars,
  Frame,
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
 */
export function VitalsGraph({ doc }: { doc: VitalsDoc }) {
  const { t, hour, day } = usePrintFormat();
  const from = instantOf(doc.window.from);
  const span = Math.max(HOUR, instantOf(doc.window.to) - from);
  const x = (at: string) => LEFT + ((instantOf(at) - from) / span) * PLOT;
  const ticks: string[] = [];
  for (let at = Math.ceil(from / HOUR) * HOUR; at <= from + span; at += HOUR) {
    const iso = new Date(at).toISOString();
    if (Number(hour(iso)) % 6 === 0) ticks.push(iso);
  }
  const { trends } = doc;
  const label = (key: 'pulse' | 'temp' | 'rr') =>
    t(`print.vitals.columns.${key}`).split(' ')[0] ?? '';
  const legend = [
    t('print.vitals.graphPulse'),
    t('print.vitals.graphBp'),
    t('print.vitals.graphTemp'),
    t('print.vitals.graphRr'),
  ].join(' · ');
  return (
    <figure className="vitals-graph">
      <figcaption className="visually-hidden">{t('print.vitals.graphTitle')}</figcaption>
      <svg
        width={`${WIDTH}mm`}
        height={`${GRAPH_HEIGHT}mm`}
        viewBox={`0 0 ${WIDTH} ${GRAPH_HEIGHT}`}
        aria-hidden="true"
      >
        <text x={LEFT} y={2.6} fontSize={2.6} fontWeight={700}>
          {`${t('print.vitals.graphTitle')} — ${legend}`}
        </text>
        <Frame panel={PULSE_BP} label={label('pulse')} />
        <Frame panel={TEMP} label={label('temp')} />
        <Frame panel={RR} label={label('rr')} />
        {ticks.map((tick) => {
          const midnight = hour(tick) === '00';
          return (
            <g key={tick}>
              <line
                x1={x(tick)}
                x2={x(tick)}
                y1={PULSE_BP.top}
                y2={RR.top + RR.height}
                stroke="#000"
                strokeWidth={midnight ? 0.25 : 0.1}
              />
              <text
                x={x(tick)}
                y={GRAPH_HEIGHT - 1}
                textAnchor="middle"
                fontSize={2.3}
                fontWeight={midnight ? 700 : 400}
              >
                {midnight ? day(tick) : `${hour(tick)} h`}
              </text>
            </g>
          );
        })}
        <BpBars systolic={trends.systolic} diastolic={trends.diastolic} x={x} />
        <Series points={trends.pulse} panel={PULSE_BP} x={x} marker="circle" />
        <Series points={trends.temperature} panel={TEMP} x={x} marker="square" dash="1 0.6" />
        <Series points={trends.respiratoryRate} panel={RR} x={x} marker="triangle" dash="0.3 0.6" />
      </svg>
    </figure>
  );
}
