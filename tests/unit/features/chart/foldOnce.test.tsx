// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WardEvent } from '../../../../src/domain/events';
import { foldPatient, type PatientState } from '../../../../src/domain/patient';
import type * as Timeline from '../../../../src/domain/timeline';
import type * as Todo from '../../../../src/domain/todo';
import type * as VitalsChart from '../../../../src/domain/vitalsChart';
import { NotesPanel } from '../../../../src/features/notes/NotesPanel';
import { TimelinePanel } from '../../../../src/features/timeline/TimelinePanel';
import { PatientDueNow } from '../../../../src/features/todo/PatientDueNow';
import { VitalsPanel } from '../../../../src/features/vitals/VitalsPanel';
import { I18nProvider } from '../../../../src/i18n/I18nProvider';
import { accepted, valid } from '../../domain/admissionFixtures';
import { chart, NORMAL_VITALS, paris } from '../../domain/chartFixtures';
import { fixed, prescription } from '../../domain/medFixtures';

// The charting panels fold the patient's whole stay: once per log and minute, never again
// at a render that changes neither (the screen renders again as its other reads arrive).
const folds = vi.hoisted(() => ({ todo: 0, due: 0, rows: 0, timeline: 0 }));
vi.mock('../../../../src/domain/todo', async (importOriginal) => {
  const actual = await importOriginal<typeof Todo>();
  return {
    ...actual,
    patientTodoSources: (...args: Parameters<typeof actual.patientTodoSources>) => {
      folds.todo += 1;
      return actual.patientTodoSources(...args);
    },
  };
});
vi.mock('../../../../src/domain/vitalsChart', async (importOriginal) => {
  const actual = await importOriginal<typeof VitalsChart>();
  return {
    ...actual,
    observationDue: (...args: Parameters<typeof actual.observationDue>) => {
      folds.due += 1;
      return actual.observationDue(...args);
    },
    vitalsRows: (...args: Parameters<typeof actual.vitalsRows>) => {
      folds.rows += 1;
      return actual.vitalsRows(...args);
    },
  };
});
vi.mock('../../../../src/domain/timeline', async (importOriginal) => {
  const actual = await importOriginal<typeof Timeline>();
  return {
    ...actual,
    timeline: (...args: Parameters<typeof actual.timeline>) => {
      folds.timeline += 1;
      return actual.timeline(...args);
    },
  };
});
vi.mock('../../../../src/hooks/devices', () => ({ useDeviceNames: () => new Map() }));

const NOW = paris('2026-11-30T08:30');
const admitted = chart('patient.admitted', accepted(valid()), paris('2026-11-29T18:30'));
const events: WardEvent[] = [
  admitted,
  prescription(fixed(['08:00', '20:00'], paris('2026-11-29T19:00'))),
  chart('vitals.recorded', NORMAL_VITALS, paris('2026-11-30T06:00')),
  chart('note.targeted', { target: 'Douleur', data: 'EVA 6' }, paris('2026-11-30T07:00')),
];
const patient = foldPatient(events) as PatientState;

/** Renders `panel` and renders it again, same props, as a state change of its parent does. */
function Twice({ panel }: { panel: ReactNode }) {
  const [renders, setRenders] = useState(1);
  return (
    <>
      <button type="button" onClick={() => setRenders(renders + 1)}>
        {`again ${renders}`}
      </button>
      {panel}
    </>
  );
}

async function renderTwice(panel: ReactNode) {
  render(
    <I18nProvider>
      <Twice panel={panel} />
    </I18nProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'again 1' }));
  await screen.findByRole('button', { name: 'again 2' });
}

beforeEach(() => Object.assign(folds, { todo: 0, due: 0, rows: 0, timeline: 0 }));
afterEach(cleanup);

describe('the patient screen folds its log once per log and minute', () => {
  it('what is due now', async () => {
    await renderTwice(<PatientDueNow patient={patient} events={events} now={NOW} />);
    expect(screen.getByRole('heading', { name: /À faire/ })).toBeTruthy();
    expect(folds.todo).toBe(1);
  });

  it('the last vitals and when the next set is due', async () => {
    await renderTwice(<VitalsPanel patient={patient} events={events} now={NOW} />);
    expect(folds).toMatchObject({ due: 1, rows: 1 });
  });

  it('the timeline and the notes', async () => {
    await renderTwice(
      <>
        <TimelinePanel patient={patient} events={events} bedLabel={() => undefined} />
        <NotesPanel patient={patient} events={events} />
      </>,
    );
    expect(screen.getAllByText(/EVA 6/)).toHaveLength(2);
    expect(folds.timeline).toBe(2);
  });
});
