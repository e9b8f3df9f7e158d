import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { PackItem, PrintDoc } from '../../print/models/pack';
import { PrintDocPages } from '../../print/PrintPack';
import type { PrintContext } from '../../print/types';
import { overflowingPages, type OverflowingPage } from './overflow';

/** Work per step: a step is a task of its own, so the tablet answers touches in between. */
const STEP = { pages: 12, ms: 16 } as const;

interface Progress {
  plan: readonly PackItem[];
  /** Documents built for this plan, in order. */
  fresh: PrintDoc[];
  /** Documents of an earlier plan, shown until rebuilt: a live change does not blank the preview. */
  stale: ReadonlyMap<string, PrintDoc>;
}

function step(progress: Progress): Progress {
  const { plan, fresh } = progress;
  const started = performance.now();
  const next = [...fresh];
  let pages = 0;
  while (next.length < plan.length) {
    if (
      next.length > fresh.length &&
      (pages >= STEP.pages || performance.now() - started > STEP.ms)
    )
      break;
    const doc = plan[next.length]?.build();
    if (!doc) break;
    next.push(doc);
    pages += doc.pageCount;
  }
  return { ...progress, fresh: next };
}

interface PrintPreviewProps {
  plan: readonly PackItem[];
  ctx: PrintContext;
  onReady: (ready: boolean) => void;
  /** The pages drawn cut off, measured once every page is drawn: printing waits for none. */
  onOverflow: (pages: OverflowingPage[]) => void;
}

/**
 * The real pages, built and drawn a few at a time: the whole-ward pack (30 patients, about
 * 160 pages) never blocks the screen in one long task. Printing waits for every page.
 */
export function PrintPreview({ plan, ctx, onReady, onOverflow }: PrintPreviewProps) {
  const { t } = useI18n();
  const pagesRef = useRef<HTMLDivElement>(null);
  const [progress, setProgress] = useState<Progress>({ plan, fresh: [], stale: new Map() });
  if (progress.plan !== plan) {
    const stale = new Map(progress.stale);
    for (const doc of progress.fresh) stale.set(doc.key, doc);
    setProgress({ plan, fresh: [], stale });
  }
  const built = progress.plan === plan ? progress.fresh.length : 0;
  const done = built >= plan.length;

  useEffect(() => {
    if (done || progress.plan !== plan) return;
    const timer = setTimeout(() => setProgress(step(progress)), 0);
    return () => clearTimeout(timer);
  }, [done, progress, plan]);
  useLayoutEffect(() => {
    // Measured before the pages are painted and before printing is allowed.
    if (done && pagesRef.current) onOverflow(overflowingPages(pagesRef.current));
  }, [done, progress, onOverflow]);
  useEffect(() => onReady(done), [done, onReady]);

  const shown = plan.flatMap((item, index) => {
    const doc = index < built ? progress.fresh[index] : progress.stale.get(item.key);
    return doc ? [doc] : [];
  });
  const pages = progress.fresh.reduce((sum, doc) => sum + doc.pageCount, 0);
  return (
    <>
      <div className="print-preview-head">
        <h2>{t('print.centre.previewTitle')}</h2>
        <p role="status">
          {done
            ? t('print.centre.ready', { count: pages })
            : t('print.centre.preparing', { done: built, total: plan.length })}
        </p>
      </div>
      <div className="print-pages" data-testid="print-pages" ref={pagesRef}>
        {shown.map((doc) => (
          <PrintDocPages key={doc.key} item={doc} ctx={ctx} />
        ))}
      </div>
    </>
  );
}
