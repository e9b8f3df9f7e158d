// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as wardFile from '../../../../src/db/wardFile';
import { FirstRunScreen } from '../../../../src/features/setup/FirstRunScreen';
import { I18nProvider } from '../../../../src/i18n/I18nProvider';
import { freshWard, PASSPHRASE } from '../../db/fixtures';

const calls = vi.hoisted(() => ({ join: 0, kind: 'ward' }));

// The file's header reads as a ward file's; joining it must never be tried here.
vi.mock('../../../../src/db/wardFile', async (original) => ({
  ...(await original<typeof wardFile>()),
  readWardFileHeader: () =>
    Promise.resolve({
      formatVersion: 1,
      kind: calls.kind,
      wardId: 'w',
      createdAt: '2026-12-01T13:00:00+01:00',
      deviceId: 'd',
      since: null,
      events: 412,
    }),
  joinWardFile: () => {
    calls.join += 1;
    return Promise.reject(new Error('must not be called'));
  },
}));

beforeEach(async () => {
  calls.kind = 'ward';
  await freshWard();
});
afterEach(cleanup);

describe('joining a ward from the first-run screen (issue 14, point 1)', () => {
  it('is refused on a tablet that holds a ward, in words; the file and passphrase stay', async () => {
    render(
      <I18nProvider>
        <FirstRunScreen />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Rejoindre le service avec un fichier' }));
    const file = new File(['ward file'], 'medecine-3.releve');
    fireEvent.change(screen.getByLabelText('Fichier du service'), { target: { files: [file] } });
    expect(await screen.findByText('Fait le 01/12/2026 13:00, 412 entrées.')).toBeTruthy();
    const passphrase = screen.getByLabelText('Phrase de passe du service');
    fireEvent.change(passphrase, { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Rejoindre le service' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Cette tablette a déjà un service.*Rien n’a été modifié/,
    );
    expect(calls.join).toBe(0);
    expect(screen.getByText(/Fichier choisi.*medecine-3\.releve/)).toBeTruthy();
    expect(passphrase).toHaveProperty('value', PASSPHRASE);
  });

  it('a backup copy says that its own passphrase will open this tablet from then on', async () => {
    calls.kind = 'backup';
    render(
      <I18nProvider>
        <FirstRunScreen />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Rejoindre le service avec un fichier' }));
    const file = new File(['ward file'], 'medecine-3-sauvegarde.releve');
    fireEvent.change(screen.getByLabelText('Fichier du service'), { target: { files: [file] } });
    expect(await screen.findByText(/412 entrées\. C’est une copie de sauvegarde/)).toBeTruthy();
    expect(screen.getByText(/s’ouvrira ensuite avec cette phrase-là/)).toBeTruthy();
  });

  it('restoring is offered first, and says a lost tablet must not start an empty ward', () => {
    render(
      <I18nProvider>
        <FirstRunScreen />
      </I18nProvider>,
    );
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Cette tablette avait déjà le service\u00A0?',
      'Une autre tablette du service fonctionne déjà\u00A0?',
      'Le service a un hub\u00A0?',
      'Créer le service',
    ]);
    expect(screen.getByText(/Ne créez pas un nouveau service vide/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restaurer depuis un fichier du service' }));
    expect(screen.getByRole('heading', { name: 'Restaurer cette tablette' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Restaurer la tablette' })).toBeTruthy();
  });
});
