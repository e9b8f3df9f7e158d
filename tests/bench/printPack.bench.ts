import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { bench, describe } from 'vitest';
import type { Bed } from '../../src/domain/beds';
import type { WardEvent } from '../../src/domain/events';
import type { BedId } from '../../src/domain/ids';
import { buildPack, type PrintSelection } from '../../src/print/models/pack';
import type { PrintSource } from '../../src/print/models/common';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { PrintPack } from '../../src/print/PrintPack';
import { chart, forPatient, paris } from '../unit/domain/chartFixtures';
import { administered, fixed, prescription, prn } from '../unit/domain/medFixtures';
import { ctx, fmt, NOW, patientIn } from '../unit/print/printFixtures';

// The whole-ward pack of issue 6: 30 patients, every patient sheet, with 72 h of charting
// each (vitals every 4 h, 6 prescriptions given at their times, 3 care items, 12 notes).
const PATIENTS = 30;
const HOUR = 3_600_000;
const now = Date.parse(NOW);
const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR).toISOString();
const start = paris('2026-11-26T08:00');

function chartOf(patientId: string): WardEvent[] {
  const events: WardEvent[] = [];
  const add = (event: WardEvent) => events.push(forPatient(event, patientId));
  for (let h = 72; h > 0; h -= 4) {
    add(
      chart(
        'vitals.recorded',
        {
          respiratoryRate: 18,
          spo2: 95,
          onOxygen: false,
          systolicBp: 128,
          pulse: 84,
          consciousness: 'A',
          temperature: 37.2,
        },
        at(h),
      ),
    );
  }
  for (let m = 0; m < 6; m++) {
    const rx = prescription(
      m === 5 ? prn(4, start) : fixed(['08:00', '12:00', '18:00', '22:00'], start),
      { drug: `Médicament ${m + 1}` },
      start,
    );
    add(rx);
    if (m < 5)
      for (let h = 70; h > 2; h -= 6)
        add(administered(rx.id, new Date(now - h * HOUR).toISOString().slice(0, 16)));
  }
  for (const item of ['dressing', 'mobilisation', 'capillaryGlucose'] as const) {
    add(chart('care.planned', { item, schedule: fixed(['10:00', '22:00'], start) }, start));
  }
  for (let n = 0; n < 12; n++) {
    add(
      chart(
        'note.targeted',
        { target: `Cible ${n}`, data: 'Patient calme, douleur contrôlée, repas pris en totalité.' },
        at(n * 6 + 1),
      ),
    );
  }
  return events;
}

const beds: Bed[] = Array.from({ length: PATIENTS }, (_, i) => ({
  bedId: `00000000-0000-7000-8000-${String(i + 1).padStart(12, '0')}` as BedId,
  label: String(i + 1),
  order: i + 1,
  unavailable: false,
}));
const patients = beds.map((_, i) => ({
  ...patientIn(1, `p${i + 1}`, `PATIENT${i + 1}`),
  bed: beds[i]?.bedId ?? null,
}));
const source: PrintSource = {
  beds,
  patients,
  events: new Map(patients.map((p) => [p.id, chartOf(p.id)])),
};
const selection: PrintSelection = {
  sheets: ['wardList', 'handover', 'carePlan', 'mar', 'vitals', 'notes', 'labels'],
  patientIds: patients.map((p) => p.id),
  startDay: '2026-11-29',
  tempIds: [],
};
const context = { now: NOW, today: '2026-11-29', wardName: 'Médecine 3', fmt };

describe(`whole-ward pack, ${PATIENTS} patients, every sheet`, () => {
  bench(
    'build the documents (pages counted)',
    () => {
      buildPack(selection, source, context);
    },
    { time: 3000 },
  );
  bench(
    'build and render to HTML',
    () => {
      const pack = createElement(PrintPack, { docs: buildPack(selection, source, context), ctx });
      renderToStaticMarkup(createElement(I18nProvider, null, pack));
    },
    { time: 3000 },
  );
});
