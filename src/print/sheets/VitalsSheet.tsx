import { usePrintFormat } from '../format';
import { BlankRows, Lines, TableHead } from '../Lines';
import {
  VITALS_BLANK_MM,
  VITALS_COLUMNS,
  VITALS_HEAD_MM,
  type VitalsColumn,
  type VitalsDoc,
  vitalsPageCount,
} from '../models/vitals';
import { SheetPage } from '../SheetPage';
import type { PrintContext, PrintPatient } from '../types';
import { ReasonRows } from './ReasonRows';
import { VitalsGraph } from './VitalsGraph';
import { VitalsGrid } from './VitalsGrid';

const COLUMNS = Object.keys(VITALS_COLUMNS) as VitalsColumn[];

interface VitalsSheetProps {
  doc: VitalsDoc;
  ctx: PrintContext;
  patient: PrintPatient;
}

/**
 * Sheet 4: the observation chart (pancarte), the last 72 h and rows to continue, then the
 * NEWS2 grid to go on by hand until the end of the day.
 */
export function VitalsSheet({ doc, ctx, patient }: VitalsSheetProps) {
  const { t } = usePrintFormat();
  const pageCount = vitalsPageCount(doc);
  return (
    <>
      {doc.pages.map((rows, index) => (
        <SheetPage
          key={index}
          ctx={ctx}
          kind="vitals"
          title={t('print.sheets.vitals')}
          window={doc.window}
          patient={patient}
          pageNumber={index + 1}
          pageCount={pageCount}
        >
          {index === 0 && <VitalsGraph doc={doc} />}
          <table className="print-table vitals-table">
            <TableHead
              widths={Object.values(VITALS_COLUMNS)}
              heightMm={VITALS_HEAD_MM}
              headings={COLUMNS.map((column) =>
                column === 'glucose'
                  ? t('printDetails.glucose.columnUnit', { unit: doc.glucoseUnit })
                  : t(`print.vitals.columns.${column}`),
              )}
            />
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-row={row.key} style={{ height: `${row.heightMm}mm` }}>
                  {COLUMNS.map((column) => (
                    <td key={column} className={column === 'when' ? undefined : 'num'}>
                      <Lines lines={row.cells[column]} strong={column === 'news2'} />
                    </td>
                  ))}
                </tr>
              ))}
              <ReasonRows rows={doc.reasons[index] ?? []} columns={COLUMNS.length} />
              <BlankRows
                count={doc.blanks[index] ?? 0}
                widths={Object.values(VITALS_COLUMNS)}
                heightMm={VITALS_BLANK_MM}
              />
            </tbody>
          </table>
          <p className="sheet-legend">{t('print.vitals.legend')}</p>
        </SheetPage>
      ))}
      <SheetPage
        ctx={ctx}
        kind="vitals"
        title={t('print.sheets.vitals')}
        window={doc.window}
        patient={patient}
        pageNumber={pageCount}
        pageCount={pageCount}
      >
        <VitalsGrid grid={doc.grid} to={doc.axis.to} />
      </SheetPage>
    </>
  );
}
