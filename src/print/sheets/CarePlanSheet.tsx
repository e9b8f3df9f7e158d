import { usePrintFormat } from '../format';
import { BlankRows, ColGroup, Lines } from '../Lines';
import {
  CARE_PLAN_BLANK_MM,
  CARE_PLAN_HEAD_MM,
  CARE_PLAN_LABEL_MM,
  hourWidth,
  type CarePlanDoc,
  type PlanMark,
} from '../models/carePlan';
import { SheetPage } from '../SheetPage';
import { ReasonRows } from './ReasonRows';
import type { PrintContext, PrintPatient } from '../types';

interface CarePlanSheetProps {
  doc: CarePlanDoc;
  ctx: PrintContext;
  patient: PrintPatient;
}

/** A mark in an hour column: a box to tick and initial, or what was recorded. */
export function Mark({ mark }: { mark: PlanMark }) {
  return (
    <span className={`plan-mark plan-mark-${mark.kind}${mark.overdue ? ' plan-mark-overdue' : ''}`}>
      <span className="line">
        {mark.kind === 'box' ? <span className="box" /> : mark.lines[0]}
        {mark.overdue ? mark.lines[0] : null}
      </span>
      <span className="line">
        {mark.kind === 'box' && !mark.overdue ? mark.lines[0] : mark.lines[1]}
      </span>
    </span>
  );
}

/** Sheet 2: the 24 h care plan, landscape, one column per hour. */
export function CarePlanSheet({ doc, ctx, patient }: CarePlanSheetProps) {
  const { t } = usePrintFormat();
  const width = hourWidth(doc.hourLabels.length);
  const widths = [CARE_PLAN_LABEL_MM, ...doc.hourLabels.map(() => width)];
  return (
    <>
      {doc.pages.map((rows, index) => (
        <SheetPage
          key={index}
          ctx={ctx}
          kind="carePlan"
          title={t('print.sheets.carePlan')}
          window={doc.window}
          patient={patient}
          pageNumber={index + 1}
          pageCount={doc.pages.length}
          orientation="landscape"
        >
          <table className="print-table plan-table">
            <ColGroup widths={widths} />
            <thead>
              <tr style={{ height: `${CARE_PLAN_HEAD_MM}mm` }}>
                <th scope="col">{t('print.carePlan.columns.item')}</th>
                {doc.hourLabels.map((hour, column) => (
                  <th key={column} scope="col" className="num">
                    {hour}
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
                    <Lines lines={row.label} strong />
                  </td>
                  {row.hours.map((marks, column) => (
                    <td key={column} className="plan-hour">
                      {marks.map((mark, i) => (
                        <Mark key={i} mark={mark} />
                      ))}
                    </td>
                  ))}
                </tr>
              ))}
              <ReasonRows rows={doc.reasons[index] ?? []} columns={widths.length} />
              <BlankRows
                count={doc.blanks[index] ?? 0}
                widths={widths}
                heightMm={CARE_PLAN_BLANK_MM}
              />
            </tbody>
          </table>
          <p className="sheet-legend">{t('printDetails.carePlan.legend')}</p>
        </SheetPage>
      ))}
    </>
  );
}
