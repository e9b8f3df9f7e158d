// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DraftStoreContext,
  flushDrafts,
  useDraft,
  type Draft,
  type DraftStore,
} from '../../../src/ui/useDraft';

afterEach(cleanup);

/** An in-memory store, per person as the real one. */
function memoryStore(
  staffId: string,
  rows = new Map<string, Draft>(),
): DraftStore & {
  rows: Map<string, Draft>;
} {
  const id = (kind: string, target: string) => JSON.stringify([staffId, kind, target]);
  return {
    rows,
    staffId,
    read: async (kind, target) => rows.get(id(kind, target)),
    save: async (kind, target, values) => {
      rows.set(id(kind, target), {
        values,
        savedAt: '2026-11-30T14:32:00.000+01:00',
        by: { name: 'Alice Martin', initials: 'AM' },
      });
    },
    remove: async (kind, target) => {
      rows.delete(id(kind, target));
    },
  };
}

const EMPTY = { rr: '', comment: '', onOxygen: undefined as boolean | undefined };

function renderForm(store: DraftStore, kind: string | null = 'vitals') {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DraftStoreContext.Provider value={store}>{children}</DraftStoreContext.Provider>
  );
  return renderHook(
    () => {
      const [values, setValues] = useState(EMPTY);
      const draft = useDraft(kind, 'patient-1', values, setValues);
      return { values, setValues, draft };
    },
    { wrapper },
  );
}

describe('useDraft', () => {
  it('keeps nothing for a form opened and left untouched', async () => {
    const store = memoryStore('alice');
    const { unmount } = renderForm(store);
    await act(() => flushDrafts());
    unmount();
    await act(() => flushDrafts());
    expect(store.rows.size).toBe(0);
  });

  it('writes what is typed when flushed (before a lock), and restores it on the next opening', async () => {
    const store = memoryStore('alice');
    const first = renderForm(store);
    await waitFor(() => expect(first.result.current.draft.restored).toBeNull());
    // The draft is looked for first; typing after that is kept.
    await act(async () => {
      await Promise.resolve();
    });
    act(() => first.result.current.setValues({ rr: '24', comment: 'Marbrures', onOxygen: true }));
    await act(() => flushDrafts());
    expect([...store.rows.values()].map((row) => row.values)).toEqual([
      { rr: '24', comment: 'Marbrures', onOxygen: true },
    ]);
    first.unmount();

    const again = renderForm(store);
    await waitFor(() =>
      expect(again.result.current.values).toEqual({
        rr: '24',
        comment: 'Marbrures',
        onOxygen: true,
      }),
    );
    expect(again.result.current.draft.restored).toEqual({
      savedAt: '2026-11-30T14:32:00.000+01:00',
      by: { name: 'Alice Martin', initials: 'AM' },
    });
  });

  it('fills only the fields that still exist, with the same type', async () => {
    const rows = new Map<string, Draft>();
    const store = memoryStore('alice', rows);
    await store.save('vitals', 'patient-1', { rr: 24, comment: 'Agitée', removed: 'x' });
    const { result } = renderForm(store);
    await waitFor(() => expect(result.current.draft.restored).not.toBeNull());
    expect(result.current.values).toEqual({ rr: '', comment: 'Agitée', onOxygen: undefined });
  });

  it('is not found by another person', async () => {
    const rows = new Map<string, Draft>();
    await memoryStore('alice', rows).save('vitals', 'patient-1', { comment: 'Agitée' });
    const { result } = renderForm(memoryStore('bruno', rows));
    await act(() => flushDrafts());
    expect(result.current.values).toEqual(EMPTY);
    expect(result.current.draft.restored).toBeNull();
  });

  it('is deleted on save (clear) and on discard, and a pending write does not revive it', async () => {
    const store = memoryStore('alice');
    await store.save('vitals', 'patient-1', { comment: 'Agitée' });
    const { result } = renderForm(store);
    await waitFor(() => expect(result.current.draft.restored).not.toBeNull());
    act(() => result.current.setValues({ ...result.current.values, rr: '30' }));
    act(() => result.current.draft.clear());
    await act(() => flushDrafts());
    expect(store.rows.size).toBe(0);
    expect(result.current.draft.restored).toBeNull();

    act(() => result.current.setValues({ ...result.current.values, rr: '31' }));
    await act(() => flushDrafts());
    expect(store.rows.size).toBe(1);
    act(() => result.current.draft.discard());
    await act(() => flushDrafts());
    expect(store.rows.size).toBe(0);
    expect(result.current.values).toEqual(EMPTY);
  });

  it('does nothing for a form that keeps no draft', async () => {
    const store = memoryStore('alice');
    const { result } = renderForm(store, null);
    act(() => result.current.setValues({ rr: '24', comment: '', onOxygen: undefined }));
    await act(() => flushDrafts());
    expect(store.rows.size).toBe(0);
  });
});
