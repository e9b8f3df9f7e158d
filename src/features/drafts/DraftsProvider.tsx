import type { ReactNode } from 'react';
import { DraftStoreContext } from '../../ui/useDraft';
import { useDraftStore, useFlushDraftsOnLock } from './hooks';

/** Gives every form below the drafts of the person charting. */
export function DraftsProvider({ children }: { children: ReactNode }) {
  useFlushDraftsOnLock();
  return (
    <DraftStoreContext.Provider value={useDraftStore()}>{children}</DraftStoreContext.Provider>
  );
}
