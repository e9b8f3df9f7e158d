import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { PrintDoc } from '../../print/models/pack';
import { PrintDocPages } from '../../print/PrintPack';
import type { PrintContext } from '../../print/types';

/** Pages drawn per step: a step is a task of its own, so the tablet answers in between. */
const PAGES_PER_STEP = 12;

function nextCount(docs: readonly PrintDoc[], from: number): number {
  let pages = 0;
  let count = from;
  while (count < docs.length && pages < PAGES_PER_STEP) pages += docs[count++]?.pageCount ?? 1;
  return count;
}

interface PrintPreviewProps {
  docs: readonly PrintDoc[];
  ctx: PrintContext;
  onReady: (ready: boolean) => void;
}

/**
 * The real pages, drawn a few at a time: the whole-ward pack (30 patients, 200 pages) never
 * blocks the screen in one long render. Printing waits until every page is there.
 */
export function PrintPreview({ docs, ctx, onReady }: PrintPreviewProps) {
  const { t } = useI18n();
  const signature = docs.map((doc) => doc.key).join('|');
  const [progress, setProgress] = useState({ signature, count: 0 });
  const count = progress.signature === signature ? progress.count : 0;
  const done = count >= docs.length;
  const pages = docs.reduce((sum, doc) => sum + doc.pageCount, 0);

  useEffect(() => {
    if (done) return;
    const timer = setTimeout(() => setProgress({ signature, count: nextCount(docs, count) }), 0);
    return () => clearTimeout(timer);
  }, [signature, count, docs, done]);
  useEffect(() => onReady(done), [done, onReady]);

  return (
    <>
      <div className="print-preview-head">
        <h2>{t('print.centre.previewTitle')}</h2>
        <p role="status">
          {done
            ? t('print.centre.ready', { count: pages })
            : t('print.centre.preparing', { done: count, total: docs.length })}
        </p>
      </div>
      <div className="print-pages" data-testid="print-pages">
        {docs.slice(0, count).map((item) => (
          <PrintDocPages key={item.key} item={item} ctx={ctx} />
        ))}
      </div>
    </>
  );
}
