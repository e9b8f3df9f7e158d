// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildEvent, writeEvents } from '../../../../src/db/append';
import { readPatientChart } from '../../../../src/db/chartReads';
import {
  readPatientCrossConflicts,
  readWardConflicts,
  type ConflictRead,
} from '../../../../src/db/conflicts';
import { headerConflicts } from '../../../../src/domain/conflicts/header';
import { slotConflicts } from '../../../../src/domain/conflicts/slots';
import { updatePatient } from '../../../../src/db/patientChanges';
import { readPatient } from '../../../../src/db/patients';
import { newId, type DeviceId } from '../../../../src/domain/ids';
import type { PatientState } from '../../../../src/domain/patient';
import type * as ConflictHooks from '../../../../src/features/conflicts/hooks';
import { ConflictPanel } from '../../../../src/features/conflicts/ConflictPanel';
import { ConflictBadge } from '../../../../src/features/conflicts/ConflictBadge';
import { ConflictSummary } from '../../../../src/features/conflicts/ConflictSummary';
import { I18nProvider } from '../../../../src/i18n/I18nProvider';
import { freshWard } from '../../db/fixtures';
import { admission, admit } from '../../db/patientFixtures';

// Live reads (useLiveQuery) hand jsdom ArrayBuffers of another realm to the decryption: the
// panel is fed what the same reads return, read here; its action writes for real.
let read: ConflictRead | undefined;
vi.mock('../../../../src/features/conflicts/hooks', async (importOriginal) => ({
  ...(await importOriginal<typeof ConflictHooks>()),
  usePatientConflicts: () => read,
}));
vi.mock('../../../../src/hooks/devices', () => ({ useDeviceNames: () => new Map() }));
vi.mock('../../../../src/hooks/beds', () => ({ useBeds: () => [] }));

beforeEach(freshWard);
afterEach(cleanup);

/** What usePatientConflicts gives the patient's screen, read now. */
async function readConflicts(patient: PatientState): Promise<ConflictRead> {
  const events = await readPatientChart(patient.id);
  const cross = await readPatientCrossConflicts(patient.id);
  const own = [...headerConflicts(events), ...slotConflicts(events)];
  return { conflicts: [...cross.conflicts, ...own], patients: cross.patients };
}

const TABLET_B = newId<DeviceId>();

/** Jeanne's diet set to "Sans sel" on this tablet and to "Mixé" on tablet B, then merged. */
async function dietChangedOnBoth(): Promise<PatientState> {
  const id = await admit({}, 'DURAND');
  const opened = await readPatient(id);
  if (!opened) throw new Error('no patient');
  const typed = { ...admission('DURAND'), admittedAt: opened.admittedAt, diet: 'Sans sel' };
  await updatePatient(id, typed, 'Prescrit', { opened });
  const onB = await buildEvent({
    type: 'patient.updated',
    patientId: id,
    payload: { clinical: { diet: 'Mixé' }, reason: 'Troubles de déglutition', basedOn: [] },
  });
  await writeEvents([{ ...onB, deviceId: TABLET_B }]);
  const state = await readPatient(id);
  if (!state) throw new Error('no patient');
  return state;
}

const show = async (patient: PatientState) => {
  read = await readConflicts(patient);
  const events = await readPatientChart(patient.id);
  return render(
    <I18nProvider>
      <ConflictPanel patient={patient} events={events} />
    </I18nProvider>,
  );
};

describe('conflicts between tablets: the warning and one action', () => {
  it('shows both values with author, time and tablet; keeping one settles it', async () => {
    const patient = await dietChangedOnBoth();
    await show(patient);
    const region = await screen.findByRole('region', { name: 'Conflits entre tablettes' });
    const item = within(region).getByRole('article', {
      name: /Régime.* modifié sur deux tablettes/,
    });
    expect(item.textContent).toContain('Valeur\u00a0: Sans sel');
    expect(item.textContent).toContain('Valeur\u00a0: Mixé');
    expect(item.textContent).toContain('Motif\u00a0: Troubles de déglutition');
    // Who, when, on which tablet: an unnamed tablet by the end of its id, never a UUID.
    const code = TABLET_B.replace(/-/g, '').slice(-4);
    expect(item.textContent).toMatch(new RegExp(`Par Alice Martin, le .+, sur Tablette ${code}`));

    fireEvent.click(within(item).getByRole('button', { name: /Garder la valeur .*Mixé/ }));
    fireEvent.change(screen.getByLabelText(/Pourquoi cette valeur/), {
      target: { value: 'Vu avec le médecin' },
    });
    fireEvent.click(screen.getByRole('button', { name: /^Garder .*Mixé.*»$/ }));
    await waitFor(async () => expect((await readPatient(patient.id))?.header.diet).toBe('Mixé'));
    // The screen read again: the conflict is gone.
    cleanup();
    await show(patient);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('the board says how many, what, and links to the record', async () => {
    const patient = await dietChangedOnBoth();
    const { conflicts, patients } = await readWardConflicts();
    render(
      <I18nProvider>
        <ConflictSummary conflicts={conflicts} patients={patients} />
      </I18nProvider>,
    );
    const region = await screen.findByRole('region', { name: 'Conflits entre tablettes' });
    expect(region.textContent).toContain('1 conflit à régler');
    const link = within(region).getByRole('link', { name: 'Ouvrir le dossier de DURAND Jeanne' });
    expect(link.getAttribute('href')).toBe(`#/patient/${patient.id}`);
  });

  it('the card of a patient concerned says CONFLIT and what about; others say nothing', async () => {
    const patient = await dietChangedOnBoth();
    const { conflicts } = await readWardConflicts();
    render(
      <I18nProvider>
        <ConflictBadge patientId={patient.id} conflicts={conflicts} />
        <ConflictBadge patientId={newId()} conflicts={conflicts} />
      </I18nProvider>,
    );
    const badges = await screen.findAllByText(/CONFLIT/);
    expect(badges.map((badge) => badge.textContent)).toEqual([
      '⚠ CONFLIT\u00a0: «\u00a0Régime\u00a0» modifié sur deux tablettes',
    ]);
  });
});
