// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { fixedClock } from '../../../../src/domain/time';
import { foldPatient, type PatientState } from '../../../../src/domain/patient';
import type { GlucoseEntryUnit } from '../../../../src/domain/vitals';
import { VitalsForm } from '../../../../src/features/vitals/VitalsForm';
import { I18nProvider } from '../../../../src/i18n/I18nProvider';
import { WardTimeProvider } from '../../../../src/ui/wardTime';
import { accepted, valid } from '../../domain/admissionFixtures';
import { chart, paris } from '../../domain/chartFixtures';

// The ward's unit as the live read gives it: undefined while read, then Settings' value.
const ward = vi.hoisted(() => ({ unit: undefined as GlucoseEntryUnit | undefined }));
vi.mock('../../../../src/features/vitals/hooks', () => ({
  useWardGlucoseUnit: () => ward.unit,
  tryRecordVitals: vi.fn(),
}));

afterEach(cleanup);

const patient = foldPatient([
  chart('patient.admitted', accepted(valid()), paris('2026-11-29T18:30')),
]) as PatientState;
const form = () => (
  <I18nProvider>
    <WardTimeProvider timeZone="Europe/Paris" clock={fixedClock('2026-12-01T14:30:00+01:00')}>
      <VitalsForm patient={patient} onSaved={() => undefined} />
    </WardTimeProvider>
  </I18nProvider>
);
const checkedUnit = () =>
  ['g/L', 'mmol/L'].find(
    (unit) => (screen.getByRole('radio', { name: unit }) as HTMLInputElement).checked,
  );

it('shows no glycaemia unit before the ward’s is read, then the ward’s', () => {
  ward.unit = undefined;
  const { rerender } = render(form());
  expect(screen.queryByRole('radio', { name: 'g/L' })).toBeNull();
  ward.unit = 'mmol/L';
  rerender(form());
  expect(checkedUnit()).toBe('mmol/L');
});

it('a glycaemia keeps the unit it was typed in when the ward’s setting changes after', () => {
  ward.unit = 'g/L';
  const { rerender } = render(form());
  fireEvent.change(screen.getByRole('textbox', { name: /^Glycémie capillaire/ }), {
    target: { value: '1,85' },
  });
  ward.unit = 'mmol/L';
  rerender(form());
  expect(checkedUnit()).toBe('g/L');
  expect(screen.getByRole('textbox', { name: 'Glycémie capillaire (g/L)' })).toBeTruthy();
});
