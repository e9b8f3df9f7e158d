import {
  createContext,
  memo,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { PackNumbers } from './models/packIndex';

/**
 * What the footers of a drawn pack show that changes while its pages stay: the pack numbers
 * (the total comes once the last document is built) and, in the preview, "data up to" (any
 * write moves it). Held outside React's tree and read by the footers alone: a new value given
 * through a context made React visit every element of every page to find its readers, one
 * task of 50 to 70 ms of CPU when the ward pack's total came (timeline trace, 406 pages).
 */
export interface Footers {
  numbers: PackNumbers | null;
  /** The preview's "data up to"; undefined outside one (the print context's is used). */
  dataUpTo?: string | null;
}

interface FooterStore {
  get: () => Footers;
  set: (next: Footers) => void;
  subscribe: (listener: () => void) => () => void;
}

function footerStore(initial: Footers): FooterStore {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const StoreContext = createContext<FooterStore | null>(null);
/** The document whose pages these are. */
const DocContext = createContext<string | null>(null);
/** The pack's index, whose pages come first. */
export const INDEX_DOC = 'pack-index';

const noStore = footerStore({ numbers: null });

/**
 * A footer's text that follows the pack's footers: drawn with its page, then written in place
 * when what it is made of changes (`read`, compared value by value: the footers are given
 * again after every drawing step, and making the 880 texts of a ward pack again each time
 * would cost more than writing them). Not drawn again by React: re-rendering the 440 footer
 * numbers when the pack's total came was one task of 35 ms of CPU (540k trace). Whenever
 * React does draw it, it reads the same store, so the two agree.
 */
function FooterText<V extends readonly unknown[]>({
  className,
  read,
  text,
}: {
  className?: string;
  read: (footers: Footers) => V;
  text: (values: V) => string;
}) {
  const store = useContext(StoreContext) ?? noStore;
  const span = useRef<HTMLSpanElement>(null);
  const drawn = read(store.get());
  useLayoutEffect(() => {
    let shown = drawn;
    const show = () => {
      const next = read(store.get());
      if (next.every((value, index) => Object.is(value, shown[index]))) return;
      shown = next;
      if (span.current) span.current.textContent = text(next);
    };
    show(); // the footers may have moved since this drawing
    return store.subscribe(show);
  }, [store, read, text, drawn]);
  return (
    <span className={className} ref={span}>
      {text(drawn)}
    </span>
  );
}

/**
 * Gives the pages inside their footers. The store is created once; the values reach it after
 * each drawing, and only the footer texts that changed are written again.
 */
export function FootersProvider({
  numbers,
  dataUpTo,
  children,
}: Footers & { children: React.ReactNode }) {
  const [store] = useState(() => footerStore({ numbers, dataUpTo }));
  useEffect(() => store.set({ numbers, dataUpTo }), [store, numbers, dataUpTo]);
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Marks the pages of one document of the pack (INDEX_DOC: the pack's own index). */
export const PackDoc = memo(function PackDoc({
  docKey,
  children,
}: {
  docKey: string;
  children: React.ReactNode;
}) {
  return <DocContext.Provider value={docKey}>{children}</DocContext.Provider>;
});

/** "Dossier p. 37 / 160" under the sheet's own page number; nothing outside a pack. */
export function PackPageNumber({ pageNumber }: { pageNumber: number }) {
  const doc = useContext(DocContext);
  const { t } = useI18n();
  const read = useCallback(
    ({ numbers }: Footers) =>
      [
        doc === INDEX_DOC ? 1 : doc === null ? null : (numbers?.first.get(doc) ?? null),
        numbers?.total ?? null,
      ] as const,
    [doc],
  );
  const text = useCallback(
    ([first, total]: readonly [number | null, number | null]) => {
      const pending = t('printPack.pending');
      return t('printPack.packPage', {
        n: first === null ? pending : first + pageNumber - 1,
        total: total ?? pending,
      });
    },
    [t, pageNumber],
  );
  return doc === null ? null : <FooterText className="sheet-pack-number" read={read} text={text} />;
}

/**
 * "Printed at … — data up to …": the preview's "data up to" when given (it moves with every
 * write), else the print context's.
 */
export function PrintedLine({
  printedAt,
  dataUpTo,
}: {
  printedAt: string;
  dataUpTo: string | null;
}) {
  const { t, formatDateTime } = useI18n();
  const read = useCallback(
    (footers: Footers) => [footers.dataUpTo === undefined ? dataUpTo : footers.dataUpTo] as const,
    [dataUpTo],
  );
  const text = useCallback(
    ([upTo]: readonly [string | null]) =>
      t('print.page.printed', {
        printed: formatDateTime(printedAt),
        upTo: upTo ? formatDateTime(upTo) : t('print.page.noData'),
      }),
    [t, formatDateTime, printedAt],
  );
  return <FooterText read={read} text={text} />;
}
