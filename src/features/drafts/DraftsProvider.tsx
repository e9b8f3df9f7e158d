import type { ReactNode } from 'react';
import { DraftStoreContext } from '../../ui/useDraft';
import { useDraftStore } from './hooks';

/** Gives every form below the drafts of the person charting. */
export function DraftsProvider({ children }: { children: ReactNode }) {
  return (
    <DraftStoreContext.Provider value={useDraftStore()}>{children}</DraftStoreContext.Provider>
  );
}
