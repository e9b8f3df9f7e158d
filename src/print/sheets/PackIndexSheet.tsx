import { useI18n } from '../../i18n/I18nProvider';
import { usePrintFormat } from '../format';
import { Lines, TableHead } from '../Lines';
import {
  INDEX_HEAD_MM,
  INDEX_NOTE_MM,
  type PackIndexDoc,
  type PackNumbers,
} from '../models/packIndex';
import { INDEX_DOC, PackDoc } from '../footers';
import { SheetPage } from '../SheetPage';
import type { PrintContext } from '../types';

interface PackIndexProps {
  doc: PackIndexDoc;
  ctx: PrintContext;
  numbers: PackNumbers;
}

/**
 * The pack's first page(s): who printed and when, every sheet and patient in order with its
 * pack pages, and the total, so that a page or a patient missing is seen on paper.
 */
export function PackIndexSheet({ doc, ctx, numbers }: PackIndexProps) {
  const fmt = usePrintFormat();
  const { t } = useI18n();
  const title = t('printPack.indexTitle');
  const pending = t('printPack.pending');
  const range = (keys: readonly string[]) => {
    const firsts = keys.map((key) => numbers.first.get(key));
    const lasts = keys.map((key) => numbers.last.get(key));
    const from = firsts[0];
    const to = lasts.at(-1);
    if (from === undefined || to === undefined || lasts.includes(undefined)) return pending;
    return from === to ? String(from) : t('printPack.range', { from, to });
  };
  const headings = [
    t('printPack.columns.bed'),
    t('printPack.columns.document'),
    ...doc.columns.map((kind) => t(`printPack.short.${kind}`)),
    t('printPack.columns.pages'),
  ];
  return (
    <PackDoc docKey={INDEX_DOC}>
      {doc.pages.map((rows, index) => (
        <SheetPage
          key={index}
          ctx={ctx}
          kind="packIndex"
          title={title}
          window={{ from: ctx.printedAt, to: ctx.printedAt }}
          windowText={t('print.page.at', { at: fmt.dateTime(ctx.printedAt) })}
          extra={
            ctx.printedBy
              ? t('printPack.printedBy', { name: ctx.printedBy })
              : t('printPack.printedByUnknown')
          }
          patient={null}
          pageNumber={index + 1}
          pageCount={doc.pages.length}
        >
          <div className="pack-index-note" style={{ height: `${INDEX_NOTE_MM}mm` }}>
            <p>
              <strong>
                {numbers.total === null
                  ? t('printPack.totalPending')
                  : t('printPack.total', { count: numbers.total })}
              </strong>
            </p>
            <p>{t('printPack.check')}</p>
          </div>
          <table className="print-table pack-index">
            <TableHead widths={doc.widths} heightMm={INDEX_HEAD_MM} headings={headings} />
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-row={row.key} style={{ height: `${row.heightMm}mm` }}>
                  <td>
                    <Lines lines={row.bed} strong />
                  </td>
                  <td>
                    <Lines lines={row.label} strong />
                  </td>
                  {doc.columns.map((kind) => {
                    const key = row.keys[kind];
                    return (
                      <td key={kind} className="num">
                        {key ? range([key]) : ''}
                      </td>
                    );
                  })}
                  <td className="num">
                    <strong>{range(row.all)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </SheetPage>
      ))}
    </PackDoc>
  );
}
