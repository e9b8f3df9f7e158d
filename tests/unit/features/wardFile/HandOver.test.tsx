// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useHandOver, type Status } from '../../../../src/features/wardFile/HandOver';
import type { MadeWardFile } from '../../../../src/features/wardFile/hooks';
import { I18nProvider } from '../../../../src/i18n/I18nProvider';
import { GiveAnyway } from '../../../../src/ui/GiveAnyway';

const delivered = vi.hoisted(() => ({ names: [] as string[] }));
vi.mock('../../../../src/ui/deliverFile', () => ({
  deliverFile: (_blob: Blob, name: string) => {
    delivered.names.push(name);
    return Promise.resolve('downloaded');
  },
}));

const made = (unreadable: MadeWardFile['unreadable']): MadeWardFile => ({
  blob: new Blob(['x']),
  fileName: 'releve-medecine-3.releve',
  events: 120,
  unreadable,
});

function Harness({ file }: { file: MadeWardFile }) {
  const [status, setStatus] = useState<Status>();
  const { held, handOver, give } = useHandOver(setStatus);
  return (
    <>
      <button type="button" onClick={() => void handOver(file)}>
        make
      </button>
      <p data-testid="status">{status?.text}</p>
      <GiveAnyway held={held} onGive={(m) => void give(m)} />
    </>
  );
}

async function makeWith(file: MadeWardFile) {
  render(
    <I18nProvider>
      <Harness file={file} />
    </I18nProvider>,
  );
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'make' }));
    await Promise.resolve();
  });
}

beforeEach(() => {
  delivered.names = [];
  localStorage.clear();
});
afterEach(cleanup);

describe('handing a ward file over', () => {
  it('entries carried as stored: given at once, and said', async () => {
    await makeWith(made({ damaged: 1, newer: 2, leftOut: 0 }));
    expect(delivered.names).toEqual(['releve-medecine-3.releve']);
    expect(screen.getByTestId('status').textContent).toContain(
      '3 entrées illisibles sur cette tablette',
    );
  });

  it('entries that could not go in: said first, the file waits for "hand over anyway"', async () => {
    await makeWith(made({ damaged: 0, newer: 0, leftOut: 2 }));
    expect(delivered.names).toEqual([]);
    expect(screen.getByTestId('status').textContent).toContain(
      '2 entrées n’ont pas pu être mises dans le fichier',
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Remettre le fichier quand même' }));
      await Promise.resolve();
    });
    expect(delivered.names).toEqual(['releve-medecine-3.releve']);
    expect(screen.queryByRole('button', { name: 'Remettre le fichier quand même' })).toBeNull();
  });
});
