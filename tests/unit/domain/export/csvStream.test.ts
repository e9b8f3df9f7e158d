import { describe, expect, it } from 'vitest';
import { demoWard } from '../../../../src/domain/demo/demoWard';
import type { WardEvent } from '../../../../src/domain/events';
import { toCsv } from '../../../../src/domain/export/csv';
import { CSV_LOOKUP_TYPES } from '../../../../src/domain/export/csvRows';
import { csvParts } from '../../../../src/domain/export/csvStream';
import type { ExportSelection } from '../../../../src/domain/export/select';
import type { EventId } from '../../../../src/domain/ids';
import { instantOf, toIsoWithOffset } from '../../../../src/domain/time';

// The streamed CSV (pages of the log, the rest looked up in a few event types: voids,
// prescriptions, beds, tablets, patients' headers) gives the bytes of toCsv over the whole log.

const START = '2026-11-02T07:00:00+01:00';
const demo = demoWard({ seed: 11, days: 3, start: START });

/** A correction of `target` an hour later: the demo voids no move nor IPP, which fold a patient. */
function voidOf(target: WardEvent | undefined): WardEvent {
  const template = demo.find((event) => event.type === 'event.voided');
  if (!target || !template) throw new Error('no event to void');
  const at = toIsoWithOffset(new Date(instantOf(target.at) + 3_600_000));
  const id = `${target.id.slice(0, -4)}0v0d` as EventId;
  const payload = { eventId: target.id, reason: 'Erreur de saisie' };
  return { ...template, id, at, recordedAt: at, patientId: target.patientId, payload };
}
const corrections = ['patient.moved', 'patient.identifierLinked'].map((type) =>
  voidOf(demo.find((event) => event.type === type)),
);
// The database's order (`[wardId+atMs]`): bedside instant, then id.
const events = [...demo, ...corrections].sort(
  (a, b) => instantOf(a.at) - instantOf(b.at) || (a.id < b.id ? -1 : 1),
);
const lookupTypes: readonly string[] = CSV_LOOKUP_TYPES;

function source(pageSize: number) {
  const pages: WardEvent[][] = [];
  for (let i = 0; i < events.length; i += pageSize) pages.push(events.slice(i, i + pageSize));
  return { lookupEvents: events.filter((event) => lookupTypes.includes(event.type)), pages };
}

async function streamed(selection: ExportSelection, pageSize = 500) {
  const counts: Record<string, number> = {};
  const parts: string[] = [];
  for await (const part of csvParts(source(pageSize), selection, counts)) parts.push(part);
  return { text: parts.join(''), parts, rows: counts.rows };
}

const patientIds = [...new Set(events.flatMap((event) => event.patientId ?? []))];
const wardRows = events.filter((event) => event.patientId === null);

describe('csvParts', () => {
  it('writes the whole ward as toCsv does, ward-level rows in their place', async () => {
    expect(wardRows.length).toBeGreaterThan(30); // beds, staff, tablets: rows that must stay
    expect(events.some((event) => event.type === 'event.voided')).toBe(true);
    const { text, parts, rows } = await streamed({});
    expect(text).toBe(toCsv(events));
    expect(rows).toBe(events.length);
    expect(parts.length).toBe(1 + Math.ceil(events.length / 500));
  }, 120_000);

  it('gives the same bytes whatever the page size', async () => {
    const { text } = await streamed({}, 37);
    expect(text).toBe(toCsv(events));
  }, 120_000);

  it('keeps to a window, ward-level rows of the window included', async () => {
    const selection = { from: '2026-11-03T06:00:00+01:00', to: '2026-11-04T14:30:00+01:00' };
    const { text, rows } = await streamed(selection);
    expect(text).toBe(toCsv(events, selection));
    expect(rows).toBeGreaterThan(1000);
    expect(rows).toBeLessThan(events.length);
  }, 120_000);

  it('keeps to chosen patients (no ward-level row) within a window', async () => {
    const chosen = patientIds.slice(2, 6);
    const selection = { patientIds: chosen, from: '2026-11-03T00:00:00+01:00' };
    const { text, rows } = await streamed(selection);
    expect(text).toBe(toCsv(events, selection));
    expect(rows).toBeGreaterThan(100);
    expect(text).not.toContain('Lit ajouté');
  }, 120_000);

  it('writes only the header for a window with no entry', async () => {
    const selection = { from: '2027-01-01T00:00:00+01:00' };
    const { text, rows } = await streamed(selection);
    expect(rows).toBe(0);
    expect(text).toBe(toCsv(events, selection));
    expect(text.split('\r\n')).toHaveLength(2);
  }, 120_000);
});
