import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { deleteDraft, readDraft, saveDraft } from '../../db/drafts';
import { getSession, onLock, subscribeSession } from '../../db/session';
import { flushDrafts, type DraftStore } from '../../ui/useDraft';

/**
 * The drafts of the person charting now, on the encrypted `drafts` table. The app provides
 * it to every form through `DraftStoreContext` (ui/useDraft.ts): forms of any feature keep
 * drafts without importing this one.
 */
export function useDraftStore(): DraftStore {
  const { author } = useSyncExternalStore(subscribeSession, getSession);
  return useMemo(
    () => ({
      staffId: author?.staffId ?? null,
      read: readDraft,
      // Bound to this person: a flush at lock runs after the session forgot her.
      save: (kind, targetId, values) =>
        saveDraft(kind, targetId, values, undefined, author ?? undefined),
      remove: (kind, targetId) => deleteDraft(kind, targetId, author?.staffId),
    }),
    [author],
  );
}

/**
 * Every lock (button, idle, another tab, leaving the page) first writes the drafts still
 * waiting for a pause in typing: the key is kept until they are written (db/session.ts).
 */
export const useFlushDraftsOnLock = () => useEffect(() => onLock(flushDrafts), []);
