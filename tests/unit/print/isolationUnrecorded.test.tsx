// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { foldBeds } from '../../../src/domain/beds';
import { buildBoard, filterBoard } from '../../../src/domain/board';
import { foldPatient, type PatientState } from '../../../src/domain/patient';
import { PatientSummary } from '../../../src/features/board/BedCard';
import { PatientHeaderPanel } from '../../../src/features/patient/PatientHeaderPanel';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { isolationText, printPatient } from '../../../src/print/models/common';
import { PATIENT_SHEETS } from '../../../src/print/types';
import { admitted, bed, ev } from '../domain/eventFixtures';
import { renderPack, sheetsOf } from './renderPack';
import { fmt, source } from './printFixtures';

// Issue 13: a FHIR census cannot say isolation. An imported admission may leave it not
// recorded, and every place that shows isolation says so: never "no isolation".

afterEach(cleanup);

const AT = '2026-11-29T08:00:00.000+01:00';
const imported = { format: 'fhir', file: 'recensement.json' } as const;
const unknown = foldPatient([
  admitted(AT, { bedId: bed(1), isolation: undefined, allergies: undefined, imported }, 'p1'),
]) as PatientState;
const none = foldPatient([admitted(AT, { bedId: bed(2) }, 'p2')]) as PatientState;

describe('isolation not recorded, wherever isolation is shown', () => {
  it('the board shows it on the card and under the isolation filter', () => {
    const beds = foldBeds(
      [1, 2].map((n) => ev('bed.added', { bedId: bed(n), label: `${n}`, order: n }, AT, null)),
    );
    const board = filterBoard(buildBoard(beds, [unknown, none]), '', 'isolation');
    expect(board.slots.flatMap((s) => s.patients.map((p) => p.id))).toEqual(['p1']);
    const view = render(
      <I18nProvider>
        <PatientSummary patient={unknown} today="2026-11-29" />
      </I18nProvider>,
    );
    expect(view.container.textContent).toContain('Isolement non renseigné');
  });

  it('the patient header says it, and "none" only when recorded so', () => {
    const view = render(
      <I18nProvider>
        <PatientHeaderPanel patient={unknown} />
      </I18nProvider>,
    );
    expect(view.container.textContent).toContain('Isolement non renseigné');
    expect(view.container.textContent).not.toMatch(/Aucun\b/);
  });

  it('the handover and ward list text flag it, never print "none"', () => {
    expect(isolationText(unknown.header, fmt)).toBe(
      '! Isolement non renseigné — à vérifier avant d’entrer dans la chambre',
    );
    expect(isolationText(none.header, fmt)).not.toContain('non renseigné');
  });

  it('every page of every printed patient sheet says it', () => {
    expect(printPatient(unknown, []).clinical.isolation).toBeUndefined();
    const { pages } = renderPack(sheetsOf(PATIENT_SHEETS, ['p1']), source([unknown]));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const care = page.querySelector('.print-care')?.textContent ?? '';
      expect(care, page.getAttribute('aria-label') ?? '').toContain('Isolement non renseigné');
      expect(care).not.toMatch(/Isolement\s*:\s*aucun/);
    }
  });
});
