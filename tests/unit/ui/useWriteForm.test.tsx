// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { WriteResult } from '../../../src/domain/failure';
import { FormStatusNotice } from '../../../src/ui/FormStatusNotice';
import { useWriteForm } from '../../../src/ui/useWriteForm';

afterEach(cleanup);

type Submit = (write: () => Promise<WriteResult<string>>) => Promise<string | undefined>;

function Form({ expose }: { expose: (submit: Submit) => void }) {
  const form = useWriteForm();
  expose(form.submit);
  return <FormStatusNotice status={form.status} saved="Enregistré." />;
}

describe('useWriteForm', () => {
  // Issue 12, the save delay: "saved" is rendered as the write resolves, not in a later task
  // behind the reads the commit sets off.
  it('has "saved" in the page when the write resolves, before anything else runs', async () => {
    let submit: Submit = () => Promise.resolve(undefined);
    render(<Form expose={(s) => (submit = s)} />);
    let seen: string | null = null;
    await act(async () => {
      await submit(async () => ({ ok: true, value: 'id' }));
      seen = screen.queryByRole('status')?.textContent ?? null;
    });
    expect(seen).toBe('Enregistré.');
  });

  it('shows nothing saved until the write resolves', async () => {
    let submit: Submit = () => Promise.resolve(undefined);
    render(<Form expose={(s) => (submit = s)} />);
    let finish: (result: WriteResult<string>) => void = () => undefined;
    let pending: Promise<string | undefined> = Promise.resolve(undefined);
    await act(async () => {
      pending = submit(() => new Promise((resolve) => (finish = resolve)));
      await Promise.resolve();
    });
    expect(screen.queryByText('Enregistré.')).toBeNull();
    await act(async () => {
      finish({ ok: true, value: 'id' });
      await pending;
    });
    expect(screen.getByText('Enregistré.')).toBeTruthy();
  });
});
