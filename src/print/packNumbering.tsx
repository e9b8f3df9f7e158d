import { createContext, memo, useContext, useMemo } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** Where a document's pages stand in the pack: null while not known yet. */
interface PackPages {
  first: number | null;
  total: number | null;
}

const PackPagesContext = createContext<PackPages | null>(null);

/**
 * Gives the pages of one document their pack numbers. Only the number in each footer reads
 * it, so a total that arrives at the end redraws those numbers, not the pages.
 */
export const PackPagesProvider = memo(function PackPagesProvider({
  first,
  total,
  children,
}: PackPages & { children: React.ReactNode }) {
  const value = useMemo(() => ({ first, total }), [first, total]);
  return <PackPagesContext.Provider value={value}>{children}</PackPagesContext.Provider>;
});

/** "Dossier p. 37 / 160" under the sheet's own page number; nothing outside a pack. */
export function PackPageNumber({ pageNumber }: { pageNumber: number }) {
  const pack = useContext(PackPagesContext);
  const { t } = useI18n();
  if (!pack) return null;
  const pending = t('printPack.pending');
  return (
    <span className="sheet-pack-number">
      {t('printPack.packPage', {
        n: pack.first === null ? pending : pack.first + pageNumber - 1,
        total: pack.total ?? pending,
      })}
    </span>
  );
}
