// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readEvent, resetNewer } from '../../../src/db/versions';
import { NewerVersionNotice } from '../../../src/features/versions/NewerVersionNotice';
import { I18nProvider } from '../../../src/i18n/I18nProvider';

/** A row as the database hands it to the read path: written by a newer Relève (v 99). */
const newerRow = (id: string) => ({
  id,
  wardId: 'w1',
  patientId: 'p1',
  type: 'note.written',
  at: '2026-11-29T08:00:00.000+01:00',
  v: 99,
  payload: { text: 'Texte d’une version future', mood: 'calme' },
});

const show = () =>
  render(
    <I18nProvider>
      <NewerVersionNotice />
    </I18nProvider>,
  );

/** Reads rows as the database's read path does, then lets the notice hear of them. */
async function read(...ids: string[]) {
  await act(async () => {
    ids.forEach((id) => readEvent(newerRow(id)));
    await Promise.resolve();
  });
}

beforeEach(() => {
  resetNewer();
  localStorage.clear();
});
afterEach(cleanup);

describe('newer version notice', () => {
  it('says nothing while every entry read is of a version this app knows', () => {
    show();
    readEvent({ ...newerRow('a'), v: 1, payload: { text: 'Connu' } });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('asks for an update, with the count of entries not shown (each counted once)', async () => {
    show();
    await read('a', 'b', 'a');
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain('Mise à jour nécessaire');
    expect(notice.textContent).toContain(
      'Des données viennent d’une version plus récente de Relève\u00a0: mettez l’application à jour.',
    );
    expect(notice.textContent).toContain('2 entrées ne sont pas affichées');
    expect(notice.textContent).not.toContain('Texte d’une version future');
  });

  it('says it in English too, singular for one entry', async () => {
    localStorage.setItem('releve.language', 'en');
    show();
    // The English catalogue loads on demand: the page says so once it is there.
    // A dynamic import under load can take seconds: 15 s, not waitFor's 1 s default.
    await waitFor(() => expect(document.documentElement.lang).toBe('en'), { timeout: 15_000 });
    await read('a');
    expect(screen.getByRole('status').textContent).toContain(
      'Some data comes from a newer version of Relève: update the app. 1 entry is not shown',
    );
  });
});
