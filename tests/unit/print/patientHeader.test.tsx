// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Admission } from '../../../src/domain/admission';
import { foldPatient, type PatientState } from '../../../src/domain/patient';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { SheetPage } from '../../../src/print/SheetPage';
import { PATIENT_SHEETS, type PrintPatient } from '../../../src/print/types';
import { paris } from '../domain/chartFixtures';
import { admitted, bed } from '../domain/eventFixtures';
import { renderPack, sheetsOf } from './renderPack';
import { ctx, NOW, notes, source } from './printFixtures';

afterEach(cleanup);

const LONG = '00000000-0000-7000-8000-0000000000b1';
const NONE = '00000000-0000-7000-8000-0000000000b2';

const longIdentity = {
  birthName: 'DE LA ROCHEFOUCAULD-MONTMORENCY',
  usedName: 'DE SAINT-EXUPÉRY-LAVALLIÈRE',
  firstName: 'Marie-Antoinette',
  firstNames: 'Marie-Antoinette Bernadette Joséphine Eugénie',
  birthDate: '1948-02-29',
  sex: 'F' as const,
  ipp: '123456789012',
};

function patient(id: string, n: number, overrides: Partial<Admission>): PatientState {
  const state = foldPatient([
    admitted(paris('2026-11-20T07:00'), { bedId: bed(n), ...overrides }, id),
  ]);
  if (!state) throw new Error('no state');
  return state;
}

const allergic = patient(LONG, 1, {
  identity: longIdentity,
  allergies: {
    status: 'known',
    items: [
      { substance: 'Pénicilline', reaction: 'Œdème de Quincke', severity: 'severe' },
      { substance: 'Latex', severity: 'mild' },
    ],
  },
  isolation: ['contact', 'droplet'],
  levelOfCare: 'noIcu',
});
const noneKnown = patient(NONE, 2, {
  identity: { ...longIdentity, birthName: 'PETIT', usedName: undefined, firstNames: undefined },
  allergies: { status: 'noneKnown' },
});

/** Every page of every patient sheet of the pack, with the sheet it belongs to. */
function renderSheets(patients: PatientState[]) {
  return renderPack(
    sheetsOf(
      PATIENT_SHEETS,
      patients.map((p) => p.id),
    ),
    source(patients, { [LONG]: notes(LONG, 40) }),
  ).pages;
}

const headOf = (page: HTMLElement) => page.querySelector('.sheet-head')?.textContent ?? '';
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('the patient header of every printed patient sheet', () => {
  it('shows a severe allergy, isolation and level of care on every page of every sheet', () => {
    const pages = renderSheets([allergic]);
    const kinds = new Set(pages.map((page) => page.className.match(/sheet-kind-(\w+)/)?.[1]));
    expect([...kinds].sort()).toEqual([...PATIENT_SHEETS].sort());
    expect(pages.length).toBeGreaterThan(PATIENT_SHEETS.length);
    for (const page of pages) {
      const where = page.getAttribute('aria-label') ?? '';
      const box = page.querySelector('.print-allergies');
      expect(box?.textContent, where).toMatch(/ALLERGIES/);
      expect(box?.textContent, where).toContain('Pénicilline');
      // Severe stands out in black and white: bold and framed.
      expect(box?.querySelector('.allergy-severe strong')?.textContent, where).toContain(
        'Pénicilline',
      );
      expect(headOf(page), where).toContain('Contact, Gouttelettes');
      expect(headOf(page), where).toContain('Pas de réa');
    }
  });

  it('prints "no known allergy" and "not recorded" differently', () => {
    const pages = renderSheets([noneKnown]);
    for (const page of pages) {
      expect(page.querySelector('.print-allergies')?.textContent).toContain(
        'Aucune allergie connue',
      );
      expect(page.querySelector('.allergies-unrecorded')).toBeNull();
    }
    const unrecorded: PrintPatient = {
      id: NONE,
      identity: noneKnown.identity,
      bed: '2',
      clinical: { allergies: null, isolation: ['none'], levelOfCare: null },
    };
    const view = render(
      <I18nProvider>
        <SheetPage
          ctx={ctx}
          kind="notes"
          title="Transmissions"
          window={{ from: NOW, to: NOW }}
          patient={unrecorded}
          pageNumber={1}
          pageCount={1}
        >
          <p>corps</p>
        </SheetPage>
      </I18nProvider>,
    );
    const box = view.container.querySelector('.allergies-unrecorded');
    expect(box?.textContent).toContain('Allergies non renseignées');
    expect(box?.textContent).not.toContain('Aucune allergie connue');
  });

  it('prints every identity trait of a long-named patient on every page and every label', () => {
    const pages = renderSheets([allergic]);
    const traits = [
      'DE LA ROCHEFOUCAULD-MONTMORENCY',
      'DE SAINT-EXUPÉRY-LAVALLIÈRE',
      'Marie-Antoinette Bernadette Joséphine Eugénie',
      '29/02/1948',
      '123456789012',
    ];
    for (const page of pages) {
      const where = page.getAttribute('aria-label') ?? '';
      const band = squash(page.querySelector('.identity-band')?.textContent ?? '');
      for (const trait of traits) expect(band, where).toContain(trait);
      expect(band, where).toMatch(/Sexe\s*F/);
    }
    const labels = [...document.querySelectorAll<HTMLElement>('.label')];
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      const text = squash([...label.querySelectorAll('.line')].map((l) => l.textContent).join(' '));
      for (const trait of traits) expect(text.replace(/- /g, '-')).toContain(trait);
      expect(text).toMatch(/ F\b/);
      expect(text).toContain('ALLERGIE');
      expect(text).toContain('Pénicilline');
    }
  });
});
