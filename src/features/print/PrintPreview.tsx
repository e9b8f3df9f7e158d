import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { PackItem, PrintDoc } from '../../print/models/pack';
import { PackPages } from '../../print/PrintPack';
import type { PrintContext } from '../../print/types';
import { overflowingPages, type OverflowingPage } from './overflow';
import { nextPages, STEP } from './pace';

interface Progress {
  plan: readonly PackItem[];
  /** Documents built for this plan, in order. */
  fresh: PrintDoc[];
}

/**
 * Overflow measured so far, page by page as they are drawn: one check of 160 pages at the
 * end was one long task. The index pages (redrawn as the numbers come) are measured last.
 */
interface Measuring {
  plan: readonly PackItem[];
  pages: number;
  overflow: OverflowingPage[];
}

function step(progress: Progress, most: number): Progress {
  const { plan, fresh } = progress;
  const started = performance.now();
  const next = [...fresh];
  let pages = 0;
  while (next.length < plan.length) {
    if (next.length > fresh.length && (pages >= most || performance.now() - started > STEP.ms))
      break;
    const doc = plan[next.length]?.build();
    if (!doc) break;
    next.push(doc);
    pages += doc.pageCount;
  }
  return { ...progress, fresh: next };
}

/** A pack drawn to the end and measured: printable when nothing overflows. */
export interface PreviewReady {
  plan: readonly PackItem[];
  overflow: OverflowingPage[];
  /** Pages drawn, the index included. */
  pages: number;
}

interface PrintPreviewProps {
  plan: readonly PackItem[];
  ctx: PrintContext;
  /** The choice is changing: the pages shown are not yet those of the choice. */
  pending: boolean;
  /** Called once every page of `plan` is drawn and measured (overflow.ts). */
  onReady: (ready: PreviewReady) => void;
}

/**
 * The real pages, built and drawn a few at a time: the whole-ward pack (30 patients, about
 * 160 pages) never blocks the screen in one long task. Until every page is drawn and none
 * overflows, print media shows a notice instead of the pages: printing from the browser's
 * menu (Ctrl+P) in the meantime gives one page saying the pack is incomplete, never a part
 * of the pack that looks whole.
 */
export function PrintPreview({ plan, ctx, pending, onReady }: PrintPreviewProps) {
  const { t } = useI18n();
  const pagesRef = useRef<HTMLDivElement>(null);
  const measuring = useRef<Measuring>({ plan, pages: 0, overflow: [] });
  const [progress, setProgress] = useState<Progress>({ plan, fresh: [] });
  const [measured, setMeasured] = useState<PreviewReady | null>(null);
  /** When the running step started, and how many pages the next one may draw. */
  const pace = useRef<{ started: number; pages: number }>({ started: 0, pages: STEP.pages });
  // A new plan starts over: pages of the previous one kept in between made every step lay
  // out the whole pack again (seconds per step on 160 pages).
  if (progress.plan !== plan) setProgress({ plan, fresh: [] });
  const built = progress.plan === plan ? progress.fresh.length : 0;
  const done = built >= plan.length;
  const current = done && !pending && measured?.plan === plan ? measured : null;
  const printable = current !== null && current.overflow.length === 0;

  useEffect(() => {
    if (done || progress.plan !== plan) return;
    const timer = setTimeout(() => {
      pace.current.started = performance.now();
      setProgress(step(progress, pace.current.pages));
    }, 0);
    return () => clearTimeout(timer);
  }, [done, progress, plan]);
  useEffect(() => {
    // Measured after the commit, in a task of its own (a layout effect put the new pages'
    // layout in the same task as drawing them); printing waits for it all the same.
    const root = pagesRef.current;
    if (!root || progress.plan !== plan) return;
    if (measuring.current.plan !== plan) measuring.current = { plan, pages: 0, overflow: [] };
    const sofar = measuring.current;
    const pages = [...root.querySelectorAll('.sheet-page')];
    const index = root.querySelectorAll('.sheet-kind-packIndex').length;
    for (const page of pages.slice(Math.max(sofar.pages, index))) {
      sofar.overflow.push(...overflowingPages(page));
    }
    const drawn = pages.length - sofar.pages;
    sofar.pages = pages.length;
    if (pace.current.started && drawn > 0) {
      pace.current.pages = nextPages(performance.now() - pace.current.started, drawn);
    }
    if (!done) return;
    const indexOverflow = pages.slice(0, index).flatMap((page) => overflowingPages(page));
    const ready = { plan, overflow: [...indexOverflow, ...sofar.overflow], pages: pages.length };
    setMeasured(ready);
    onReady(ready);
  }, [done, progress, plan, onReady]);

  const shown = plan.map((_, index) => (index < built ? progress.fresh[index] : undefined));
  return (
    <>
      <div className="print-preview-head">
        <h2>{t('print.centre.previewTitle')}</h2>
        <p role="status">
          {current
            ? t('print.centre.ready', { count: current.pages })
            : t('print.centre.preparing', { done: built, total: plan.length })}
        </p>
      </div>
      <div
        className="print-pages"
        data-testid="print-pages"
        data-printable={printable}
        ref={pagesRef}
      >
        <p className="print-not-ready">
          {current ? t('printHeader.overflowBlocked') : t('printPack.notReady')}
        </p>
        <PackPages entries={plan} docs={shown} ctx={ctx} />
      </div>
    </>
  );
}
