import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { PackItem } from '../../print/models/pack';
import { PackPages } from '../../print/PrintPack';
import { whenCodesDrawn } from '../../print/qrDrawings';
import type { PrintContext } from '../../print/types';
import { overflowingPages, type OverflowingPage } from './overflow';
import { nextPages, nextTask, STEP } from './pace';
import { buildSome, shownDocs, type BuiltDoc } from './reuse';

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
  /** The footers' "data up to" (apart from `ctx`: it moves with every write). */
  dataUpTo: string | null;
  /** The choice is changing: the pages shown are not yet those of the choice. */
  pending: boolean;
  /** Called once every page of `plan` is drawn and measured (overflow.ts). */
  onReady: (ready: PreviewReady) => void;
}

/**
 * The real pages, built and drawn a few at a time: the whole-ward pack (30 patients, about
 * 190 pages) never blocks the screen in one long task. A new choice keeps the documents it
 * shares with the one drawn (same key, same inputs: `reuse.ts`), so their pages stay mounted:
 * unticking a sheet removes its pages, ticking it back builds and draws only those. Until
 * every page is drawn and measured and none overflows, print media shows a notice instead of
 * the pages: printing from the browser's menu (Ctrl+P) in the meantime gives one page saying
 * the pack is incomplete, never a part of the pack that looks whole.
 */
export function PrintPreview({ plan, ctx, dataUpTo, pending, onReady }: PrintPreviewProps) {
  const { t } = useI18n();
  const pagesRef = useRef<HTMLDivElement>(null);
  const [built, setBuilt] = useState<ReadonlyMap<string, BuiltDoc>>(() => new Map());
  const [ready, setReady] = useState<PreviewReady | null>(null);
  /** When the running step started, its pages, and how many pages the next one may draw. */
  const pace = useRef({ started: 0, drawn: 0, pages: STEP.pages as number });
  const { docs: shown, toBuild } = useMemo(() => shownDocs(plan, built), [plan, built]);
  const drawn = plan.length - toBuild;
  const done = toBuild === 0;
  const current = done && !pending && ready?.plan === plan ? ready : null;
  const printable = current !== null && current.overflow.length === 0;

  useEffect(() => {
    if (done) return;
    const timer = setTimeout(() => {
      const started = performance.now();
      const step = buildSome(plan, built, { most: pace.current.pages, ms: STEP.ms }, () =>
        performance.now(),
      );
      pace.current = { ...pace.current, started, drawn: step.pages };
      setBuilt(step.built);
    }, 0);
    return () => clearTimeout(timer);
  }, [done, plan, built]);
  useLayoutEffect(() => {
    // In the commit's own task, the new pages' style and layout forced (most of a page's
    // cost): left to the next frame, several steps' layout piled up in one task (240 ms for
    // 30 pages), and the pace, going by the script alone, never saw it. The next step draws
    // as many pages as fit the aim.
    const { started, drawn: pages } = pace.current;
    if (!started || pages === 0) return;
    void pagesRef.current?.offsetHeight;
    pace.current = {
      ...pace.current,
      started: 0,
      pages: nextPages(performance.now() - started, pages),
    };
  }, [built]);
  useEffect(() => {
    // Every page measured once all are drawn, kept ones too, a few pages a task: what prints
    // is what was measured last. Measuring lays out an off-screen page (content-visibility),
    // 5 to 15 ms; each next task follows at once (nextTask), not 4 ms later as a timer would.
    // The QR codes come from a worker meanwhile (qrDrawings.ts): a code's box has its size
    // from the start, so the check need not wait for them, but the pack is ready only once
    // every code is drawn.
    const root = pagesRef.current;
    if (!done || !root) return;
    const pages = [...root.querySelectorAll('.sheet-page')];
    const overflow: OverflowingPage[] = [];
    let next = 0;
    const measure = () => {
      const started = performance.now();
      do {
        const page = pages[next];
        if (page) overflow.push(...overflowingPages(page));
        next += 1;
      } while (next < pages.length && performance.now() - started < STEP.measureMs);
      if (next < pages.length) return void (cancel = nextTask(measure));
      const result = { plan, overflow, pages: pages.length };
      cancel = whenCodesDrawn(() => {
        setReady(result);
        onReady(result);
      });
    };
    let cancel = nextTask(measure);
    return () => cancel();
  }, [done, shown, plan, onReady]);

  return (
    <>
      <div className="print-preview-head">
        <h2>{t('print.centre.previewTitle')}</h2>
        <p role="status">
          {current
            ? t('print.centre.ready', { count: current.pages })
            : t('print.centre.preparing', { done: drawn, total: plan.length })}
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
        <PackPages entries={plan} docs={shown} ctx={ctx} dataUpTo={dataUpTo} />
      </div>
    </>
  );
}
