// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPatientChart } from '../../../../src/db/chartReads';
import { prescribe } from '../../../../src/db/medWrites';
import { setAuthor } from '../../../../src/db/session';
import type { PatientId, StaffId } from '../../../../src/domain/ids';
import { prescriptions } from '../../../../src/domain/prescriptions';
import { ImportCheck } from '../../../../src/features/meds/ImportCheck';
import { I18nProvider } from '../../../../src/i18n/I18nProvider';
import { freshWard } from '../../db/fixtures';
import { admit, hoursAgo } from '../../db/patientFixtures';

beforeEach(freshWard);
afterEach(cleanup);

async function importedPrescription() {
  const id = await admit();
  const rx = await prescribe(id, {
    drug: 'Furosémide',
    dose: { value: 40, unit: 'mg' },
    route: 'PO',
    schedule: { kind: 'fixed-times', times: ['08:00'], start: hoursAgo(2) },
    prescriber: 'Dr Roux',
    orderDate: hoursAgo(2).slice(0, 10),
    highAlert: false,
    imported: { format: 'fhir', file: 'recensement.json' },
  });
  return { id, rxId: rx.id };
}

const current = async (id: PatientId, rxId: string) => {
  const found = prescriptions(await readPatientChart(id)).find((p) => p.id === rxId);
  if (!found) throw new Error('prescription not found');
  return found;
};

const show = (props: Parameters<typeof ImportCheck>[0]) =>
  render(
    <I18nProvider>
      <ImportCheck {...props} />
    </I18nProvider>,
  );

describe('MAR: an imported prescription', () => {
  it('shows "Importée — à vérifier" until a nurse checks it, then who checked it', async () => {
    const { id, rxId } = await importedPrescription();
    const view = show({ prescription: await current(id, rxId), patientId: id, canAct: true });
    expect(screen.getByText(/Importée — à vérifier/)).toBeTruthy();
    expect(screen.getByText(/recensement\.json/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Vérifiée sur la prescription/ }));
    await waitFor(async () => expect((await current(id, rxId)).importCheck).not.toBeNull(), {
      timeout: 10_000,
    });
    view.rerender(
      <I18nProvider>
        <ImportCheck prescription={await current(id, rxId)} patientId={id} canAct />
      </I18nProvider>,
    );
    expect(screen.queryByText(/Importée — à vérifier/)).toBeNull();
    expect(screen.getByText(/Importée, vérifiée par Alice Martin \(AM\) le/)).toBeTruthy();
  });

  it('gives a student the badge but no button', async () => {
    const { id, rxId } = await importedPrescription();
    const staffId = '0193a0e4-1c2d-7e3f-8a9b-0000000000c1' as StaffId;
    setAuthor({ staffId, name: 'Inès Marchand', initials: 'IM', role: 'student' });
    show({ prescription: await current(id, rxId), patientId: id, canAct: true });
    expect(screen.getByText(/Importée — à vérifier/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
