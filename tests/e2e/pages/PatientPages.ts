import { expect, type Locator, type Page } from '@playwright/test';
import { FirstRunPage } from './AppPages';

export interface Person {
  birthName: string;
  firstName: string;
  /** As typed, day first. */
  birthDate: string;
  sex: 'Féminin' | 'Masculin' | 'Indéterminé';
  usedName?: string;
}
export const JEANNE: Person = {
  birthName: 'Durand',
  firstName: 'Jeanne',
  birthDate: '12/04/1950',
  sex: 'Féminin',
  usedName: 'Martin',
};
export const LOUIS: Person = {
  birthName: 'Petit',
  firstName: 'Louis',
  birthDate: '01/02/1960',
  sex: 'Masculin',
};

/** The message after an admission agrees with the patient's sex. */
export function admittedText(person: Pick<Person, 'sex'>): string {
  if (person.sex === 'Féminin') return 'Patiente admise.';
  if (person.sex === 'Masculin') return 'Patient admis.';
  return 'Admission enregistrée.';
}

/** The ward board: one card per bed. */
export class WardBoard {
  constructor(readonly page: Page) {}

  open() {
    return this.page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Service' })
      .click();
  }

  cards(): Locator {
    return this.page.locator('[data-bed]');
  }

  card(bed: string): Locator {
    return this.page.locator(`[data-bed="${bed}"]`);
  }

  async expectFree(bed: string) {
    await expect(this.card(bed)).toContainText('Libre');
  }

  async expectPatient(bed: string, ...texts: string[]) {
    for (const text of texts) await expect(this.card(bed)).toContainText(text);
  }

  async openPatient(bed: string) {
    await this.card(bed).getByRole('link').click();
  }

  search(text: string) {
    return this.page.getByRole('searchbox', { name: 'Rechercher' }).fill(text);
  }

  filter(name: string) {
    return this.page
      .getByRole('group', { name: 'Afficher' })
      .getByRole('button', { name, exact: true })
      .click();
  }
}

/** Beds and rooms setup. */
export class BedsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('link', { name: 'Lits et chambres' }).first().click();
    await expect(
      this.page.getByRole('heading', { name: 'Lits et chambres', level: 1 }),
    ).toBeVisible();
  }

  async addSeries(from: number, to: number) {
    const form = this.page.getByRole('form', { name: 'Ajouter des lits numérotés' });
    await form.getByLabel('Du lit').fill(String(from));
    await form.getByLabel('Au lit').fill(String(to));
    await form.getByRole('button', { name: 'Ajouter ces lits' }).click();
    await expect(form.getByRole('status')).toHaveText(
      to === from ? '1 lit ajouté.' : `${to - from + 1} lits ajoutés.`,
    );
  }

  row(label: string): Locator {
    const name = this.page.locator('.bed-row-label', {
      hasText: new RegExp(`^Lit ${label}( ·|$)`),
    });
    return this.page.locator('.bed-row').filter({ has: name });
  }
}

/** The admission form (also readmission and header edit). */
export class AdmissionPage {
  constructor(readonly page: Page) {}

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label);
  }

  async fillIdentity(person: Person) {
    await this.field(/^Nom de naissance/).fill(person.birthName);
    if (person.usedName) await this.field(/^Nom utilisé/).fill(person.usedName);
    await this.field(/^Premier prénom de naissance/).fill(person.firstName);
    await this.field(/^Date de naissance/).fill(person.birthDate);
    await this.page.getByRole('radio', { name: person.sex }).check();
  }

  async useIpp(ipp: string) {
    await this.page.getByRole('radio', { name: 'IPP connu' }).check();
    await this.page.getByRole('textbox', { name: /^IPP/ }).fill(ipp);
  }

  /** Chooses a temporary identifier and returns it as shown. */
  async useTemporaryId(): Promise<string> {
    await this.page.getByRole('radio', { name: /identifiant temporaire/ }).check();
    const shown = this.page.getByTestId('temp-id');
    await expect(shown).toHaveText(/^TMP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    return (await shown.textContent()) ?? '';
  }

  async fillStay(stay: { reason: string; physician: string; bed?: string }) {
    if (stay.bed) {
      await this.page.getByLabel('Lit', { exact: true }).selectOption({ label: `Lit ${stay.bed}` });
    }
    await this.field(/^Motif d’admission/).fill(stay.reason);
    await this.field(/^Médecin responsable/).fill(stay.physician);
  }

  async noKnownAllergy() {
    await this.page.getByRole('radio', { name: 'Aucune allergie connue' }).check();
  }

  async allergy(substance: string, severity: string) {
    await this.page.getByRole('radio', { name: 'Allergies connues' }).check();
    const row = this.page.getByRole('group', { name: 'Allergie 1' });
    await row.getByLabel('Substance').fill(substance);
    await row.getByLabel('Gravité').selectOption({ label: severity });
  }

  isolation(name: string) {
    return this.page.getByRole('checkbox', { name, exact: true }).check();
  }

  submit(name = 'Admettre le patient') {
    return this.page.getByRole('button', { name }).click();
  }

  /** A whole admission from the board: identity, identifier, stay, no allergy, no isolation. */
  async admit(person: Person, stay: { ipp?: string; bed?: string; reason?: string } = {}) {
    await this.page.getByRole('link', { name: 'Admettre un patient' }).first().click();
    await this.fillIdentity(person);
    const tempId = stay.ipp ? (await this.useIpp(stay.ipp), '') : await this.useTemporaryId();
    await this.fillStay({ reason: stay.reason ?? 'Chute', physician: 'Dr Roux', bed: stay.bed });
    await this.noKnownAllergy();
    await this.isolation('Aucune');
    await this.submit();
    await expect(
      this.page.getByRole('status').filter({ hasText: admittedText(person) }),
    ).toBeVisible();
    return tempId;
  }
}

/** A patient's screen and its actions. */
export class PatientPage {
  constructor(readonly page: Page) {}

  band(): Locator {
    return this.page.getByRole('region', { name: 'Identité du patient' });
  }

  async expectSaved(text: string) {
    await expect(this.page.getByRole('status').filter({ hasText: text })).toBeVisible();
  }

  action(name: string) {
    return this.page
      .getByRole('navigation', { name: 'Actions' })
      .getByRole('link', { name })
      .click();
  }

  async moveTo(bed: string) {
    await this.action('Changer de lit');
    await this.page.getByRole('radio', { name: new RegExp(`^Lit ${bed}(?![\\w])`) }).check();
    await this.page.getByRole('button', { name: 'Changer de lit' }).click();
    await this.expectSaved('Changement de lit enregistré.');
  }

  async discharge(destination: string, detail = '') {
    await this.action('Sortie');
    await this.page.getByLabel('Destination').selectOption({ label: destination });
    if (detail) await this.page.getByLabel('Précision').fill(detail);
    await this.page.getByRole('button', { name: 'Sortie du patient' }).click();
    await this.expectSaved('Sortie enregistrée.');
  }
}

/** A new ward with beds 1 and 2, from the first run to the board. */
export async function newWardWithTwoBeds(page: Page): Promise<WardBoard> {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  const beds = new BedsPage(page);
  await beds.open();
  await beds.addSeries(1, 2);
  const board = new WardBoard(page);
  await board.open();
  return board;
}
