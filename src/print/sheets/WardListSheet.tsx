import { usePrintFormat } from '../format';
import { Lines, TableHead } from '../Lines';
import {
  WARD_LIST_COLUMNS,
  WARD_LIST_HEAD_MM,
  type WardListColumn,
  type WardListDoc,
} from '../models/wardList';
import { SheetPage } from '../SheetPage';
import type { PrintContext } from '../types';

const COLUMNS = Object.keys(WARD_LIST_COLUMNS) as WardListColumn[];

const cellClass = (column: WardListColumn, unrecorded: boolean) =>
  column === 'news2'
    ? 'num'
    : column === 'allergies' && unrecorded
      ? 'allergies-unrecorded'
      : undefined;

/** Sheet 1: the ward list, beds in board order. */
export function WardListSheet({ doc, ctx }: { doc: WardListDoc; ctx: PrintContext }) {
  const fmt = usePrintFormat();
  const { t } = fmt;
  const title = t('print.sheets.wardList');
  return (
    <>
      {doc.pages.map((rows, index) => (
        <SheetPage
          key={index}
          ctx={ctx}
          kind="wardList"
          title={title}
          window={{ from: ctx.printedAt, to: ctx.printedAt }}
          windowText={t('print.page.at', { at: fmt.dateTime(ctx.printedAt) })}
          extra={t('print.wardList.legend')}
          patient={null}
          pageNumber={index + 1}
          pageCount={doc.pages.length}
        >
          <table className="print-table">
            <TableHead
              widths={Object.values(WARD_LIST_COLUMNS)}
              heightMm={WARD_LIST_HEAD_MM}
              headings={COLUMNS.map((column) => t(`print.wardList.columns.${column}`))}
            />
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-row={row.key} style={{ height: `${row.heightMm}mm` }}>
                  {COLUMNS.map((column) => (
                    <td key={column} className={cellClass(column, row.allergiesUnrecorded)}>
                      <Lines
                        lines={row.cells[column]}
                        strong={column === 'patient' || column === 'bed' || column === 'news2'}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </SheetPage>
      ))}
    </>
  );
}
