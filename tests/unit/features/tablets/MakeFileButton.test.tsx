// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MakeFileButton } from '../../../../src/features/tablets/MakeFileButton';
import type { MadeWardFile } from '../../../../src/features/tablets/hooks';
import { I18nProvider } from '../../../../src/i18n/I18nProvider';

const delivered = vi.hoisted(() => ({ names: [] as string[], leftOut: 0 }));
vi.mock('../../../../src/ui/deliverFile', () => ({
  deliverFile: (_blob: Blob, name: string) => {
    delivered.names.push(name);
    return Promise.resolve('downloaded');
  },
}));
vi.mock('../../../../src/features/tablets/hooks', () => ({
  tryMakeWholeWardFile: (): Promise<{ ok: true; value: MadeWardFile }> =>
    Promise.resolve({
      ok: true,
      value: {
        blob: new Blob(['x']),
        fileName: 'releve-medecine-3.releve',
        events: 120,
        unreadable: { damaged: 0, newer: 0, leftOut: delivered.leftOut },
      },
    }),
}));

const click = async (name: string) =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

beforeEach(() => {
  delivered.names = [];
  localStorage.clear();
  render(
    <I18nProvider>
      <MakeFileButton label="Faire le fichier pour la nouvelle tablette" />
    </I18nProvider>,
  );
});
afterEach(cleanup);

describe('the file for a new tablet', () => {
  it('is handed over at once when every entry is in it', async () => {
    delivered.leftOut = 0;
    await click('Faire le fichier pour la nouvelle tablette');
    expect(delivered.names).toEqual(['releve-medecine-3.releve']);
    expect(screen.getByText(/Apportez-le à la nouvelle tablette/)).toBeTruthy();
  });

  it('waits for "hand over anyway" when entries could not go in, and says so', async () => {
    delivered.leftOut = 2;
    await click('Faire le fichier pour la nouvelle tablette');
    expect(delivered.names).toEqual([]);
    expect(screen.getByText(/2 entrées n’ont pas pu être mises dans le fichier/)).toBeTruthy();
    await click('Remettre le fichier quand même');
    expect(delivered.names).toEqual(['releve-medecine-3.releve']);
    expect(screen.getByText(/Apportez-le à la nouvelle tablette/)).toBeTruthy();
  });
});
