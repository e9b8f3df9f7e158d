import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';

/** A draft as kept: what was typed (plain JSON), when, and by whom. */
export interface Draft {
  values: unknown;
  savedAt: string;
  by: { name: string; initials: string };
}

/**
 * Where drafts are kept. ui/ never reaches the database: the app provides this store (built
 * on db/drafts.ts by features/drafts), and every form uses `useDraft` without importing
 * another feature. Drafts belong to the person charting (`staffId`); null: nobody yet.
 */
export interface DraftStore {
  staffId: string | null;
  read(kind: string, targetId: string): Promise<Draft | undefined>;
  save(kind: string, targetId: string, values: unknown): Promise<void>;
  remove(kind: string, targetId: string): Promise<void>;
}

export const DraftStoreContext = createContext<DraftStore | null>(null);

/** Writes waiting for the pause in typing, so that a lock can write them first. */
const pending = new Set<() => Promise<void>>();

/** Writes every draft still waiting; the lock awaits this before forgetting the key. */
export const flushDrafts = () => Promise.all([...pending].map((flush) => flush())).then(() => {});

const SAVE_AFTER_MS = 400;

/**
 * The values restored over the form's empty ones, key by key and only where the type is the
 * same (or the field starts unset): a draft written by an older version of the form fills
 * what still exists.
 */
function restore<T extends object>(empty: T, saved: unknown): T {
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return empty;
  const next: Record<string, unknown> = Object.fromEntries(Object.entries(empty));
  for (const [key, value] of Object.entries(saved)) {
    const current = next[key];
    const sameType =
      current === undefined ||
      current === null ||
      (typeof value === typeof current && Array.isArray(value) === Array.isArray(current));
    if (key in empty && sameType) next[key] = value;
  }
  return next as T;
}

export interface DraftControl {
  /** When and by whom the restored draft was typed; null when the form started empty. */
  restored: { savedAt: string; by: Draft['by'] } | null;
  /** Explicit cancel: the draft is deleted and the form empties. */
  discard: () => void;
  /** After a successful save: the draft is deleted, the form is left as it is. */
  clear: () => void;
}

/**
 * Keeps a form's values as a draft while they are typed (after a short pause, on page hide,
 * on unmount and before a lock), and puts them back when the same person opens the same
 * form for the same target again. A draft is a convenience: a failed draft write never
 * stops the form, which still holds what was typed.
 */
export function useDraft<T extends object>(
  /** The form's name; null: this form keeps no draft (the hook does nothing). */
  kind: string | null,
  targetId: string,
  values: T,
  setValues: (values: T) => void,
): DraftControl {
  const store = useContext(DraftStoreContext);
  const staffId = store?.staffId ?? null;
  const [empty] = useState(values);
  const emptyJson = JSON.stringify(empty);
  const [restored, setRestored] = useState<DraftControl['restored']>(null);
  // Which form the draft was looked for (staff, kind, target): nothing is saved before that.
  const key = JSON.stringify([staffId, kind, targetId]);
  const [readFor, setReadFor] = useState<string | null>(null);
  const ready = readFor === key;
  const lastSaved = useRef(emptyJson);
  const waiting = useRef<{ values: T; timer: ReturnType<typeof setTimeout> } | null>(null);
  // Writes and deletes run one after the other: a late write must not revive a deleted draft.
  const chain = useRef<Promise<void>>(Promise.resolve());
  const run = useCallback((op: () => Promise<void>) => {
    chain.current = chain.current.then(op).catch(() => undefined);
    return chain.current;
  }, []);
  const setRef = useRef(setValues);
  useEffect(() => {
    setRef.current = setValues;
  });

  useEffect(() => {
    if (!store || staffId === null || kind === null) return;
    let live = true;
    void store
      .read(kind, targetId)
      .catch(() => undefined) // unreadable: the form starts empty
      .then((draft) => {
        if (!live) return;
        if (draft) {
          const next = restore(empty, draft.values);
          lastSaved.current = JSON.stringify(next);
          setRef.current(next);
          setRestored({ savedAt: draft.savedAt, by: draft.by });
        }
        setReadFor(key);
      });
    return () => {
      live = false;
    };
  }, [store, staffId, kind, targetId, empty, key]);

  const flush = useCallback(() => {
    const next = waiting.current;
    if (!next || !store || kind === null) return Promise.resolve();
    clearTimeout(next.timer);
    waiting.current = null;
    const json = JSON.stringify(next.values);
    if (json === lastSaved.current) return chain.current;
    lastSaved.current = json;
    return json === emptyJson
      ? run(() => store.remove(kind, targetId))
      : run(() => store.save(kind, targetId, next.values));
  }, [store, kind, targetId, emptyJson, run]);

  useEffect(() => {
    if (!ready) return;
    if (waiting.current) clearTimeout(waiting.current.timer);
    waiting.current = { values, timer: setTimeout(() => void flush(), SAVE_AFTER_MS) };
  }, [values, ready, flush]);

  useEffect(() => {
    pending.add(flush);
    const onHide = () => void flush();
    // Hidden (screen off, other app) may be the last chance before an idle lock or a kill.
    const onVisibility = () => (document.hidden ? onHide() : undefined);
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      pending.delete(flush);
      void flush();
    };
  }, [flush]);

  const forget = useCallback(() => {
    if (waiting.current) clearTimeout(waiting.current.timer);
    waiting.current = null;
    lastSaved.current = emptyJson;
    setRestored(null);
    if (store && kind !== null) void run(() => store.remove(kind, targetId));
  }, [store, kind, targetId, emptyJson, run]);

  return {
    restored,
    discard: () => {
      forget();
      setValues(empty);
    },
    clear: forget,
  };
}
