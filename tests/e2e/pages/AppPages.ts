import { expect, type Page } from '@playwright/test';

export const WARD = { name: 'Médecine 3', establishment: 'CH Sud-Francilien' };
export const NURSE = { name: 'Alice Martin', initials: 'AM' };
export const PASSPHRASE = 'cheval agrafe lune';

/** First start: the ward and the first person charting. */
export class FirstRunPage {
  constructor(readonly page: Page) {}

  async fill(ward = WARD, nurse = NURSE) {
    await this.page.getByLabel('Nom du service').fill(ward.name);
    await this.page.getByLabel('Établissement').fill(ward.establishment);
    await this.page.getByLabel('Nom et prénom').fill(nurse.name);
    await this.page.getByLabel('Initiales').fill(nurse.initials);
    await this.page.getByLabel('Phrase de passe du service', { exact: true }).fill(PASSPHRASE);
    await this.page.getByLabel('Confirmer la phrase de passe').fill(PASSPHRASE);
  }

  submit() {
    return this.page.getByRole('button', { name: 'Créer le service' }).click();
  }

  async createWard(ward = WARD, nurse = NURSE) {
    await expect(this.page.getByRole('heading', { name: 'Créer le service' })).toBeVisible();
    await this.fill(ward, nurse);
    await this.submit();
    await expect(this.page.getByRole('heading', { name: `Service ${ward.name}` })).toBeVisible();
  }
}

/** The ward board with its log book. */
export class BoardPage {
  constructor(readonly page: Page) {}

  async writeNote(text: string) {
    await this.page.getByLabel('Nouvelle note').fill(text);
    await this.page.getByRole('button', { name: 'Enregistrer la note' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: 'Note enregistrée.' }),
    ).toBeVisible();
  }

  notes() {
    return this.page.locator('.journal-entry');
  }
}

export const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name });

/** The lock screen, then the choice of who is charting. */
export class LockPage {
  constructor(readonly page: Page) {}

  async unlock(passphrase = PASSPHRASE) {
    await expect(this.page.getByRole('heading', { name: 'Relève est verrouillé' })).toBeVisible();
    await this.page.getByLabel('Phrase de passe du service').fill(passphrase);
    await this.page.getByRole('button', { name: 'Déverrouiller' }).click();
  }

  /** Unlocks and chooses who is charting: what every reload needs before charting again. */
  async unlockAs(name = NURSE.name, passphrase = PASSPHRASE) {
    await this.unlock(passphrase);
    await this.page.getByRole('button', { name: new RegExp(name) }).click();
    await expect(
      this.page.getByRole('link', { name: new RegExp(`Saisie : ${name}`) }),
    ).toBeVisible();
  }
}
