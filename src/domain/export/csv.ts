import type { WardEvent } from '../events';
import { csvHead, csvLines, csvLookups, csvRow, patientFacts, type PatientFacts } from './csvRows';
import { selectEvents, type ExportSelection } from './select';

export { CSV_HEADERS, frDateTime } from './csvRows';

/**
 * The log as CSV for a French spreadsheet, one row per event, in the order given (the
 * database's: bedside time, then id). For a log held whole (tests, `npm run export`); the Data
 * screen streams the same bytes from the database with csvParts (csvStream.ts).
 */
export function toCsv(events: readonly WardEvent[], selection: ExportSelection = {}): string {
  const lookups = csvLookups(events);
  const logs = new Map<string, WardEvent[]>();
  // push, not a spread per event: copying the list each time grew as the square of a stay.
  for (const event of events)
    if (event.patientId !== null) {
      const list = logs.get(event.patientId) ?? [];
      list.push(event);
      logs.set(event.patientId, list);
    }
  const facts = new Map<string, PatientFacts>();
  for (const [id, list] of logs) facts.set(id, patientFacts(list));
  const rows = selectEvents(events, selection).map((event) =>
    csvRow(event, lookups, event.patientId === null ? undefined : facts.get(event.patientId)),
  );
  return csvHead() + csvLines(rows);
}
