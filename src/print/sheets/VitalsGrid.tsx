import { usePrintFormat } from '../format';
import { ColGroup, Lines } from '../Lines';
import { contentWidth } from '../geometry';
import { GRID_MM, type VitalsGrid as Grid } from '../models/vitalsGrid';
import './vitalsGrid.css';

/**
 * The blank part of the grid, every row and column at once: one cell spanning them, ruled by
 * SVG paths (thick above each parameter and the total, as the label cells' borders). A cell
 * per column and row was up to 400 of a grid page's elements (34 rows, 12 columns), laid out
 * for nothing (issue 12).
 */
function BlankGrid({ columns, rows }: { columns: number; rows: readonly BlankGridRow[] }) {
  const height = rows.reduce((sum, row) => sum + row.heightMm, 0);
  const thin: string[] = [];
  const thick: string[] = [];
  for (let column = 1; column < columns; column += 1) thin.push(`M${column} 0V${height}`);
  let y = 0;
  for (const [index, row] of rows.entries()) {
    if (index > 0) (row.thickTop ? thick : thin).push(`M0 ${y.toFixed(2)}H${columns}`);
    y += row.heightMm;
  }
  return (
    <td className="ruled-cell" colSpan={columns} rowSpan={rows.length}>
      <svg
        viewBox={`0 0 ${columns} ${height.toFixed(2)}`}
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        <path d={thin.join('')} />
        <path className="ruled-thick" d={thick.join('')} />
      </svg>
    </td>
  );
}

interface BlankGridRow {
  heightMm: number;
  thickTop: boolean;
}

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
  const rows: BlankGridRow[] = [
    { heightMm: GRID_MM.written, thickTop: false },
    ...grid.parameters.flatMap((parameter) =>
      parameter.bands.map((_, index) => ({ heightMm: GRID_MM.band, thickTop: index === 0 })),
    ),
    { heightMm: GRID_MM.written, thickTop: true },
    { heightMm: GRID_MM.written, thickTop: false },
    { heightMm: GRID_MM.written, thickTop: false },
  ];
  // The blank part is drawn once, in the first row; the other rows hold their labels only.
  const written = (label: string, className?: string, blank = false) => (
    <tr className={className} style={{ height: `${GRID_MM.written}mm` }}>
      <th scope="row" colSpan={3}>
        {label}
      </th>
      {blank && <BlankGrid columns={count} rows={rows} />}
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
          {written(t('printVitals.grid.actualTime'), undefined, true)}
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
