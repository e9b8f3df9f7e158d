import { usePrintFormat } from '../format';
import { BlankRows, ColGroup, Lines } from '../Lines';
import {
  MAR_BLANK_MM,
  MAR_BOX,
  MAR_HEAD_MM,
  MAR_LABEL_MM,
  marBoxHeight,
  marDayWidth,
  type MarBox,
  type MarDoc,
} from '../models/mar';
import { SheetPage } from '../SheetPage';
import { ReasonRows } from './ReasonRows';
import type { PrintContext, PrintPatient } from '../types';

interface MarSheetProps {
  doc: MarDoc;
  ctx: PrintContext;
  patient: PrintPatient;
}

const boxSize = (highAlert: boolean) => ({
  width: `${MAR_BOX.widthMm}mm`,
  height: `${marBoxHeight(highAlert)}mm`,
});

/** A dose's box; a high-alert drug's has a second space for the double check's initials. */
function DoseBox({ box, highAlert }: { box: MarBox; highAlert: boolean }) {
  return (
    <span
      className={box.overdue ? `mar-box mar-box-overdue mar-box-${box.overdue}` : 'mar-box'}
      style={boxSize(highAlert)}
    >
      <span className="mar-box-time">{box.time}</span>
      <span className="mar-box-mark">{box.mark}</span>
      {highAlert && <span className="mar-box-check" style={{ height: `${MAR_BOX.checkMm}mm` }} />}
    </span>
  );
}

/** Sheet 3: the medication administration record over three days, landscape. */
export function MarSheet({ doc, ctx, patient }: MarSheetProps) {
  const { t, day } = usePrintFormat();
  const widths = [MAR_LABEL_MM, marDayWidth(), marDayWidth(), marDayWidth()];
  return (
    <>
      {doc.pages.map((rows, index) => (
        <SheetPage
          key={index}
          ctx={ctx}
          kind="mar"
          title={t('print.sheets.mar')}
          window={doc.window}
          patient={patient}
          pageNumber={index + 1}
          pageCount={doc.pages.length}
          orientation="landscape"
        >
          <table className="print-table mar-table">
            <ColGroup widths={widths} />
            <thead>
              <tr style={{ height: `${MAR_HEAD_MM}mm` }}>
                <th scope="col">{t('print.mar.columns.prescription')}</th>
                {doc.days.map((start) => (
                  <th key={start} scope="col">
                    {day(start)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.key}
                  data-row={row.key}
                  className={row.highAlert ? 'high-alert' : undefined}
                  style={{ height: `${row.heightMm}mm` }}
                >
                  <td>
                    <Lines lines={row.label} strong={row.strongLines} />
                  </td>
                  {row.days.map((boxes, column) => (
                    <td key={column} className="mar-day">
                      {boxes.map((box, i) => (
                        <DoseBox key={i} box={box} highAlert={row.highAlert} />
                      ))}
                    </td>
                  ))}
                </tr>
              ))}
              <ReasonRows rows={doc.reasons[index] ?? []} columns={widths.length} />
              <BlankRows count={doc.blanks[index] ?? 0} widths={widths} heightMm={MAR_BLANK_MM} />
            </tbody>
          </table>
          <p className="sheet-legend">{t('printDetails.mar.legend')}</p>
        </SheetPage>
      ))}
    </>
  );
}
