import { usePrintFormat } from '../format';
import { ColGroup, Lines } from '../Lines';
import { contentWidth } from '../geometry';
import { GRID_MM, type VitalsGrid as Grid } from '../models/vitalsGrid';
import './vitalsGrid.css';

const blanks = (count: number) =>
  Array.from({ length: count }, (_, index) => <td key={`blank-${index}`} />);

/**
 * The NEWS2 chart to go on by hand: a blank column per planned time to the end of the day,
 * each parameter's bands with their points (from domain/news2.ts), the total, glycaemia in
 * the ward's unit and initials. The nurse writes a value in its band and adds the points.
 */
export function VitalsGrid({ grid, to }: { grid: Grid; to: string }) {
  const { t, time, day } = usePrintFormat();
  const left = GRID_MM.parameter + GRID_MM.bandLabel + GRID_MM.points;
  const count = grid.columns.length;
  const column = (contentWidth('portrait') - left) / Math.max(1, count);
  const widths = [
    GRID_MM.parameter,
    GRID_MM.bandLabel,
    GRID_MM.points,
    ...grid.columns.map(() => column),
  ];
  const first = grid.columns[0]?.at ?? to;
  const written = (label: string, className?: string) => (
    <tr className={className} style={{ height: `${GRID_MM.written}mm` }}>
      <th scope="row" colSpan={3}>
        {label}
      </th>
      {blanks(count)}
    </tr>
  );
  return (
    <div className="vitals-grid">
      <div className="vitals-grid-head" style={{ height: `${GRID_MM.title}mm` }}>
        <p className="vitals-grid-title">
          {t('printVitals.grid.title', {
            from: `${day(first)} ${time(first)}`,
            to: `${day(to)} ${time(to)}`,
          })}
        </p>
        <p className="vitals-grid-intro">{t('printVitals.grid.intro')}</p>
      </div>
      <table className="print-table vitals-grid-table">
        <ColGroup widths={widths} />
        <thead>
          <tr style={{ height: `${GRID_MM.head}mm` }}>
            <th scope="row" colSpan={3}>
              {t('printVitals.grid.hour')}
            </th>
            {grid.columns.map((col) => (
              <th key={col.at} scope="col" data-grid-hour={col.at}>
                <Lines lines={col.lines} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {written(t('printVitals.grid.actualTime'))}
          {grid.parameters.map((parameter) =>
            parameter.bands.map((band, index) => (
              <tr
                key={`${parameter.key}-${index}`}
                className={index === 0 ? 'grid-parameter-first' : undefined}
                style={{ height: `${GRID_MM.band}mm` }}
              >
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={parameter.bands.length}>
                    {parameter.label}
                  </th>
                )}
                <td className="grid-band">{band.label}</td>
                <td
                  className={
                    band.points === 3 ? 'num grid-points grid-points-3' : 'num grid-points'
                  }
                >
                  {band.points}
                </td>
                {blanks(count)}
              </tr>
            )),
          )}
          {written(t('printVitals.grid.total'), 'grid-total')}
          {written(t('printVitals.grid.glucose', { unit: grid.glucoseUnit }))}
          {written(t('printVitals.grid.initials'))}
        </tbody>
      </table>
    </div>
  );
}
