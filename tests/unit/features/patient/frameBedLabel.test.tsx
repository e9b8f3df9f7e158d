// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import type { Bed } from '../../../../src/domain/beds';
import type { BedId, PatientId } from '../../../../src/domain/ids';
import { foldPatient, type PatientState } from '../../../../src/domain/patient';
import { PatientFrame, type FrameContext } from '../../../../src/features/patient/PatientFrame';
import { I18nProvider } from '../../../../src/i18n/I18nProvider';
import { accepted, valid } from '../../domain/admissionFixtures';
import { chart, paris } from '../../domain/chartFixtures';

// The frame's live reads, as they resolve: the same patient and beds at every render.
const patient = foldPatient([
  chart('patient.admitted', accepted(valid()), paris('2026-11-29T18:30')),
]) as PatientState;
const beds: Bed[] = [{ bedId: 'b1' as BedId, label: 'Lit 1', order: 1, unavailable: false }];
vi.mock('../../../../src/features/patient/hooks', () => ({ usePatient: () => patient }));
vi.mock('../../../../src/hooks/beds', () => ({ useBeds: () => beds }));

afterEach(cleanup);

it('hands the charting the same bedLabel while the beds stay the same (so it is not drawn again)', async () => {
  const seen: FrameContext['bedLabel'][] = [];
  function Screen() {
    const [renders, setRenders] = useState(1);
    return (
      <>
        <button type="button" onClick={() => setRenders(renders + 1)}>{`again ${renders}`}</button>
        <PatientFrame patientId={patient.id as PatientId} back="board">
          {({ bedLabel }) => {
            seen.push(bedLabel);
            return <p>{bedLabel('b1')}</p>;
          }}
        </PatientFrame>
      </>
    );
  }
  render(
    <I18nProvider>
      <Screen />
    </I18nProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'again 1' }));
  await screen.findByRole('button', { name: 'again 2' });
  expect(screen.getByText('Lit 1')).toBeTruthy();
  expect(seen.length).toBeGreaterThanOrEqual(2);
  expect(new Set(seen).size).toBe(1);
});
