import { createContext, memo, useContext, useEffect, useState, useSyncExternalStore } from 'react';
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
/** One value of the footers, re-read when the pack's footers change and only then. */
function useFooter<T>(read: (footers: Footers) => T): T {
  const store = useContext(StoreContext) ?? noStore;
  return useSyncExternalStore(store.subscribe, () => read(store.get()));
}

/**
 * Gives the pages inside their footers. The store is created once; the values reach it after
 * each drawing, so only the footers whose text changed are drawn again.
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
  const first = useFooter(({ numbers }) =>
    doc === INDEX_DOC ? 1 : doc === null ? null : (numbers?.first.get(doc) ?? null),
  );
  const total = useFooter(({ numbers }) => numbers?.total ?? null);
  if (doc === null) return null;
  const pending = t('printPack.pending');
  return (
    <span className="sheet-pack-number">
      {t('printPack.packPage', {
        n: first === null ? pending : first + pageNumber - 1,
        total: total ?? pending,
      })}
    </span>
  );
}

/** The preview's "data up to" when given, else the print context's. */
export function useDataUpTo(fallback: string | null): string | null {
  const given = useFooter(({ dataUpTo }) => dataUpTo);
  return given === undefined ? fallback : given;
}
