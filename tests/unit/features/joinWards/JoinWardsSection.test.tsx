// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JoinWardsSection } from '../../../../src/features/joinWards/JoinWardsSection';
import { I18nProvider } from '../../../../src/i18n/I18nProvider';
import { twoWards, type TwoWards } from '../../db/joinWardsFixtures';
import { rawTables } from '../../db/rawTables';

// jsdom's Blob has no stream(), which the ward file's gzip needs: Node's, as in a browser.
// (The report after a join is checked end to end: tests/e2e/join-wards.spec.ts.)
globalThis.Blob = NodeBlob as typeof Blob;
globalThis.File = NodeFile as typeof File;

let wards: TwoWards;
beforeEach(async () => {
  wards = await twoWards();
});
afterEach(cleanup);

describe('"Joindre un service commencé à part" (issue 14, point 6)', () => {
  it('a wrong passphrase is said in words; the passphrase stays; nothing is written', async () => {
    render(
      <I18nProvider>
        <JoinWardsSection />
      </I18nProvider>,
    );
    const join = within(screen.getByTestId('join-other-ward'));
    const before = await rawTables();
    fireEvent.change(join.getByLabelText('Fichier du service de l’autre tablette (.releve)'), {
      target: { files: [wards.fileOfB] },
    });
    const passphrase = join.getByLabelText('Phrase de passe de l’autre service');
    fireEvent.change(passphrase, { target: { value: 'pas la bonne phrase' } });
    fireEvent.click(join.getByRole('button', { name: 'Joindre ce service' }));
    expect((await join.findByRole('alert', {}, { timeout: 10_000 })).textContent).toMatch(
      /Phrase de passe incorrecte\. Rien n’a été modifié\./,
    );
    expect(passphrase).toHaveProperty('value', 'pas la bonne phrase');
    expect((await rawTables()).events).toEqual(before.events);
  });
});
