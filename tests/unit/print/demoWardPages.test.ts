import { describe, expect, it } from 'vitest';
import { foldBeds } from '../../../src/domain/beds';
import { demoWard } from '../../../src/domain/demo/demoWard';
import type { WardEvent } from '../../../src/domain/events';
import type { WardId } from '../../../src/domain/ids';
import { foldPatient, type PatientState } from '../../../src/domain/patient';
import { instantOf } from '../../../src/domain/time';
import {
  bodyCapacity,
  LEGEND,
  TABLE_HEAD_MM,
  contentWidth,
  type Frame,
} from '../../../src/print/geometry';
import { CARE_PLAN_BLANK_MM } from '../../../src/print/models/carePlan';
import { MAR_BLANK_MM } from '../../../src/print/models/mar';
import { NOTES_BLANK_MM } from '../../../src/print/models/notes';
import { buildPack, type PrintDoc } from '../../../src/print/models/pack';
import { VITALS_BLANK_MM, VITALS_GRAPH_MM, VITALS_HEAD_MM } from '../../../src/print/models/vitals';
import { charsPerLine, MM_PER_PT, wrapText } from '../../../src/print/text';
import { fmt } from './printFixtures';

/**
 * The benchmark's defect (issue 10): on the demo ward, a MAR page overflowed its body, and
 * the preview's overflow check then blocked the whole ward's pack. Each page's rows, reasons
 * and blank rows, plus what the page draws around them as printed (the header row at the
 * height print.css gives every `th`, the legend wrapped at its own size), fit in the body.
 */
const NOW = '2026-12-01T14:00:00+01:00';
const TODAY = '2026-12-01';

/** The demo ward as the training mode writes it: `days` days up to NOW, seed 2026. */
function demoSource(days: number) {
  const start = new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
  const events = demoWard({ seed: 2026, days, start, wardId: 'w-demo' as WardId })
    .filter((event) => instantOf(event.at) <= Date.parse(NOW))
    .sort((a, b) => instantOf(a.at) - instantOf(b.at) || (a.id < b.id ? -1 : 1));
  const byPatient = new Map<string, WardEvent[]>();
  for (const event of events) {
    if (event.patientId === null) continue;
    byPatient.set(event.patientId, [...(byPatient.get(event.patientId) ?? []), event]);
  }
  const patients = [...byPatient.values()]
    .map((list) => foldPatient(list))
    .filter((state): state is PatientState => state?.status === 'admitted');
  const beds = foldBeds(events.filter((event) => event.patientId === null));
  return { beds, patients, events: byPatient };
}

/** The legend's height as printed: every line of its text at the legend's size, and its margin. */
const legendMm = (key: Parameters<typeof fmt.t>[0], frame: Frame) => {
  const lines = wrapText(fmt.t(key), charsPerLine(contentWidth(frame.orientation), LEGEND.fontPt));
  return LEGEND.marginMm + lines.length * LEGEND.fontPt * MM_PER_PT * LEGEND.lineHeight;
};

const sum = (heights: readonly number[]) => heights.reduce((a, b) => a + b, 0);

/** Each page of a paginated patient sheet: what its body holds, and the room it has. */
function pageLoads(doc: PrintDoc['doc']): { used: number; room: number }[] {
  const landscape: Frame = { orientation: 'landscape', band: true };
  const portrait: Frame = { orientation: 'portrait', band: true };
  const table = (
    pages: readonly { heightMm: number }[][],
    reasons: readonly { heightMm: number }[][],
    blanks: readonly number[],
    blankMm: number,
    around: number,
    frame: Frame,
    first = 0,
  ) =>
    pages.map((rows, index) => ({
      used:
        sum(rows.map((row) => row.heightMm)) +
        sum((reasons[index] ?? []).map((row) => row.heightMm)) +
        (blanks[index] ?? 0) * blankMm +
        around +
        (index === 0 ? first : 0),
      room: bodyCapacity(frame),
    }));
  switch (doc.kind) {
    case 'mar':
      return table(
        doc.pages,
        doc.reasons,
        doc.blanks,
        MAR_BLANK_MM,
        TABLE_HEAD_MM + legendMm('printDetails.mar.legend', landscape),
        landscape,
      );
    case 'carePlan':
      return table(
        doc.pages,
        doc.reasons,
        doc.blanks,
        CARE_PLAN_BLANK_MM,
        TABLE_HEAD_MM + legendMm('printDetails.carePlan.legend', landscape),
        landscape,
      );
    case 'vitals':
      return table(
        doc.pages,
        doc.reasons,
        doc.blanks,
        VITALS_BLANK_MM,
        Math.max(VITALS_HEAD_MM, TABLE_HEAD_MM) + legendMm('print.vitals.legend', portrait),
        portrait,
        VITALS_GRAPH_MM,
      );
    case 'notes':
      return table(doc.pages, [], doc.blanks, NOTES_BLANK_MM, doc.headMm, portrait);
    default:
      return [];
  }
}

describe.each([3, 7])('the demo ward over %i days (seed 2026)', (days) => {
  it('fits every page of every patient sheet in its body', () => {
    const source = demoSource(days);
    expect(source.patients.length).toBeGreaterThan(20);
    const docs = buildPack(
      {
        sheets: ['carePlan', 'mar', 'vitals', 'notes', 'labels'],
        patientIds: source.patients.map((patient) => patient.id),
        startDay: TODAY,
        tempIds: [],
      },
      source,
      { now: NOW, today: TODAY, wardName: 'Médecine 3B', fmt, glucoseUnit: 'g/L' },
    );
    const over: string[] = [];
    let multiPageMars = 0;
    for (const printed of docs) {
      if (printed.doc.kind === 'mar' && printed.pageCount > 1) multiPageMars += 1;
      pageLoads(printed.doc).forEach(({ used, room }, index) => {
        if (used > room + 1e-6) {
          const name = 'patient' in printed ? printed.patient.identity.birthName : '';
          over.push(`${printed.doc.kind} ${name} p.${index + 1}: ${used.toFixed(2)} > ${room}`);
        }
      });
    }
    expect(over).toEqual([]);
    // The MAR of the busiest patients continues on further pages rather than overflowing.
    expect(multiPageMars).toBeGreaterThan(0);
  }, 120_000);
});
