import type { VitalsRow } from '../../domain/vitalsChart';
import { useI18n } from '../../i18n/I18nProvider';
import { News2Badge } from './News2Display';
import { COLUMNS, useVitalText } from './vitalsText';

/** Every set of the period, newest first: the chart's figures, and what it does not draw. */
export function VitalsTable({ rows }: { rows: readonly VitalsRow[] }) {
  const { t, formatDateTime } = useI18n();
  const text = useVitalText();
  if (rows.length === 0) return <p>{t('charting.vitals.none')}</p>;
  return (
    // A wide table scrolls sideways on a portrait tablet; focusable, so a keyboard can scroll it.
    <div
      className="table-scroll"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={t('charting.vitals.table.caption')}
    >
      <table className="data-table">
        <caption>{t('charting.vitals.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('charting.vitals.table.time')}</th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`charting.vitals.short.${column}`)}
              </th>
            ))}
            <th scope="col">{t('charting.news2.title')}</th>
            <th scope="col">{t('charting.vitals.table.author')}</th>
          </tr>
        </thead>
        <tbody>
          {[...rows].reverse().map((row) => (
            <tr key={row.id}>
              <th scope="row">{formatDateTime(row.at)}</th>
              {COLUMNS.map((column) => (
                <td key={column}>{text(row.values, column)}</td>
              ))}
              <td>{row.news2 ? <News2Badge result={row.news2} /> : '—'}</td>
              <td>{row.author.initials}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
