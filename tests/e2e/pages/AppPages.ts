import { expect, type Page } from '@playwright/test';

export const WARD = { name: 'Médecine 3', establishment: 'CH Sud-Francilien' };
export const NURSE = { name: 'Alice Martin', initials: 'AM' };

/** First start: the ward and the first person charting. */
export class FirstRunPage {
  constructor(readonly page: Page) {}

  async fill(ward = WARD, nurse = NURSE) {
    await this.page.getByLabel('Nom du service').fill(ward.name);
    await this.page.getByLabel('Établissement').fill(ward.establishment);
    await this.page.getByLabel('Nom et prénom').fill(nurse.name);
    await this.page.getByLabel('Initiales').fill(nurse.initials);
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
