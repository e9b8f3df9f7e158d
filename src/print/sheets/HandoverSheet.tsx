import { usePrintFormat } from '../format';
import { HANDOVER_RULED, type HandoverBlock, type HandoverDoc } from '../models/handover';
import { SheetPage } from '../SheetPage';
import type { PrintContext } from '../types';

/** Bold: bed and identity, headings, overdue items; the unrecorded allergies also framed. */
function lineClass(at: number, block: HandoverBlock): string {
  if (block.alert.includes(at)) return 'line line-strong line-alert';
  return at === 0 || block.strong.includes(at) ? 'line line-strong' : 'line';
}

/** Sheet 6: the shift handover, a block per patient with lines to write on. */
export function HandoverSheet({ doc, ctx }: { doc: HandoverDoc; ctx: PrintContext }) {
  const { t } = usePrintFormat();
  return (
    <>
      {doc.pages.map((blocks, index) => (
        <SheetPage
          key={index}
          ctx={ctx}
          kind="handover"
          title={t('print.sheets.handover')}
          window={doc.window}
          extra={t('print.handover.legend')}
          patient={null}
          pageNumber={index + 1}
          pageCount={doc.pages.length}
        >
          {blocks.map((block) => (
            <div
              key={block.key}
              className="handover-block print-lines"
              data-row={block.key}
              style={{ height: `${block.heightMm}mm` }}
            >
              {block.lines.map((line, at) => (
                <span key={at} className={lineClass(at, block)}>
                  {line}
                </span>
              ))}
              {Array.from({ length: block.ruled }, (_, line) => (
                <span
                  key={line}
                  className="ruled handover-ruled"
                  style={{ height: `${HANDOVER_RULED.heightMm}mm` }}
                />
              ))}
            </div>
          ))}
        </SheetPage>
      ))}
    </>
  );
}
