import { expect, test } from './fixtures';
import { LockPage, nav } from './pages/AppPages';
import { AdmissionPage, JEANNE, LOUIS, newWardWithTwoBeds } from './pages/PatientPages';

const LONG = { timeout: 20_000 };

test('one altered byte in a patient record: the ward still works, the record is flagged and listed', async ({
  page,
}) => {
  const board = await newWardWithTwoBeds(page);
  const admission = new AdmissionPage(page);
  await admission.admit(JEANNE, { ipp: '12345678', bed: '1' });
  await expect(page).toHaveURL(/#\/patient\/[0-9a-f-]+$/, LONG);
  const jeanneId = new URL(page.url()).hash.split('/')[2] ?? '';
  await board.open();
  await admission.admit(LOUIS, { ipp: '87654321', bed: '2' });

  // Flip one bit of Jeanne's encrypted identity in the raw IndexedDB, as a fault or an
  // attacker would, underneath the app.
  await page.evaluate(async (id) => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('releve');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const store = idb.transaction('patients', 'readwrite').objectStore('patients');
      const get = store.get(id);
      get.onsuccess = () => {
        const row = get.result as { identity: { ct: ArrayBuffer } };
        const bytes = new Uint8Array(row.identity.ct);
        bytes[5] = (bytes[5] ?? 0) ^ 0x01;
        const put = store.put(row);
        put.onsuccess = () => resolve();
        put.onerror = () => reject(put.error);
      };
      get.onerror = () => reject(get.error);
    });
    idb.close();
  }, jeanneId);

  await page.reload();
  await new LockPage(page).unlockAs();
  await board.open();
  // No white page: the board and the other patient are there, and the damage is announced.
  await board.expectPatient('2', 'PETIT', 'Louis');
  await expect(board.card('1')).not.toContainText('DURAND');
  await expect(page.getByText('Données endommagées sur cette tablette')).toBeVisible(LONG);

  // The damaged patient's screen says what happened and what to do.
  await page.goto(`/#/patient/${jeanneId}`);
  const notice = page.getByRole('alert').filter({ hasText: 'Dossier endommagé' });
  await expect(notice).toBeVisible(LONG);
  await expect(notice).toContainText('Utilisez le dossier papier ou une autre tablette');
  await expect(notice).toContainText('Rien n’a été modifié');

  // Settings lists it, and a rebuild from the log makes it readable again.
  await nav(page, 'Réglages').click();
  const list = page.getByTestId('damaged-records');
  await expect(list).toContainText('Fiche patient (en-tête)', LONG);
  await expect(list).toContainText(jeanneId);
  await page.getByRole('button', { name: 'Reconstruire depuis le journal' }).click();
  await expect(page.getByText('Reconstruit depuis le journal.')).toBeVisible(LONG);
  await board.open();
  await board.expectPatient('1', 'DURAND');
  await expect(page.getByText('Données endommagées sur cette tablette')).toBeHidden();
});
