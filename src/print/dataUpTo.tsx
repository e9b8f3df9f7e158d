import { createContext, useContext } from 'react';

/**
 * "Data up to" in the footers of a preview: any write to the log moves it, so it reaches the
 * footers through a context and the memoised pages are not drawn again for it (a 300-page
 * pack redrawn at once is a long task). Outside a preview, `PrintContext.dataUpTo` is used.
 */
const DataUpToContext = createContext<{ dataUpTo: string | null } | null>(null);

export const DataUpToProvider = DataUpToContext.Provider;

/** The preview's "data up to" when given, else the print context's. */
export function useDataUpTo(fallback: string | null): string | null {
  const given = useContext(DataUpToContext);
  return given ? given.dataUpTo : fallback;
}
