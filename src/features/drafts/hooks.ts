import { useMemo, useSyncExternalStore } from 'react';
import { deleteDraft, readDraft, saveDraft } from '../../db/drafts';
import { getSession, subscribeSession } from '../../db/session';
import type { DraftStore } from '../../ui/useDraft';

/**
 * The drafts of the person charting now, on the encrypted `drafts` table. The app provides
 * it to every form through `DraftStoreContext` (ui/useDraft.ts): forms of any feature keep
 * drafts without importing this one.
 */
export function useDraftStore(): DraftStore {
  const { author } = useSyncExternalStore(subscribeSession, getSession);
  const staffId = author?.staffId ?? null;
  return useMemo(
    () => ({
      staffId,
      read: readDraft,
      save: (kind, targetId, values) => saveDraft(kind, targetId, values),
      remove: deleteDraft,
    }),
    [staffId],
  );
}
