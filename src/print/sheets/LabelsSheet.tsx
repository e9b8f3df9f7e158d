import { usePrintFormat } from '../format';
import { Lines } from '../Lines';
import { LABEL_GRID, labelSize, type LabelsDoc } from '../models/labels';
import { SheetPage } from '../SheetPage';
import type { PrintContext, PrintPatient } from '../types';

interface LabelsSheetProps {
  doc: LabelsDoc;
  ctx: PrintContext;
  patient: PrintPatient;
}

/** Sheet 7: a page of identity labels, cut along the dashed lines. */
export function LabelsSheet({ doc, ctx, patient }: LabelsSheetProps) {
  const { t, dateTime } = usePrintFormat();
  const { height } = labelSize();
  const count = LABEL_GRID.columns * LABEL_GRID.rows;
  return (
    <SheetPage
      ctx={ctx}
      kind="labels"
      title={t('print.sheets.labels')}
      window={{ from: ctx.printedAt, to: ctx.printedAt }}
      windowText={t('print.page.at', { at: dateTime(ctx.printedAt) })}
      patient={patient}
      pageNumber={1}
      pageCount={1}
    >
      <div className="label-grid">
        {Array.from({ length: count }, (_, index) => (
          <div
            key={index}
            className="label print-lines"
            style={{
              height: `${height}mm`,
              fontSize: `${doc.fontPt}pt`,
              lineHeight: `${doc.lineMm}mm`,
            }}
          >
            <Lines lines={doc.lines} strong />
          </div>
        ))}
      </div>
    </SheetPage>
  );
}
