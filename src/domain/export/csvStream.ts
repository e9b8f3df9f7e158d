import type { WardEvent } from '../events';
import { HEADER_TYPES } from '../patient';
import { csvHead, csvLines, csvLookups, csvRow, patientFacts, type PatientFacts } from './csvRows';
import { selectEvents, type ExportSelection } from './select';

const FACT_TYPES = new Set<string>([...HEADER_TYPES, 'event.voided']);

/** Where a streamed CSV export reads the log (db: readCsvStart, then exportPages.ts). */
export interface CsvSource {
  /** The ward log's events of CSV_LOOKUP_TYPES, every patient's and the ward's. */
  lookupEvents: readonly WardEvent[];
  /** The whole log (or the window's) in its order, bedside time then id, a page at a time. */
  pages: Iterable<readonly WardEvent[]> | AsyncIterable<readonly WardEvent[]>;
}

/**
 * The CSV of toCsv, in parts: the header, then the rows of each page. Rows stay in the log's
 * order (bedside time, then id), ward-level entries among them, as in the file before it was
 * streamed: a spreadsheet reads the outage as it happened; a filter on a column gives one
 * patient. Only one page of the log and the lookups are held, never the whole log nor the
 * whole text (a 60-day ward is ~40 MB of CSV, 540k events three times that).
 * `counts.rows`, when given, gets the number of rows.
 */
export async function* csvParts(
  source: CsvSource,
  selection: ExportSelection = {},
  counts: Record<string, number> = {},
): AsyncGenerator<string> {
  const lookups = csvLookups(source.lookupEvents);
  // A patient's facts fold their header events and voids, as toCsv folds their whole log (the
  // other events do not change them): folded at their first row.
  const factEvents = new Map<string, WardEvent[]>();
  for (const event of source.lookupEvents)
    if (event.patientId !== null && FACT_TYPES.has(event.type)) {
      const list = factEvents.get(event.patientId) ?? [];
      list.push(event);
      factEvents.set(event.patientId, list);
    }
  const facts = new Map<string, PatientFacts>();
  const factsOf = (patientId: string) => {
    const known = facts.get(patientId);
    if (known) return known;
    const fact = patientFacts(factEvents.get(patientId) ?? []);
    facts.set(patientId, fact);
    factEvents.delete(patientId);
    return fact;
  };
  counts.rows = 0;
  yield csvHead();
  for await (const page of source.pages) {
    const rows: string[][] = [];
    for (const event of selectEvents(page, selection)) {
      const patient = event.patientId === null ? undefined : factsOf(event.patientId);
      rows.push(csvRow(event, lookups, patient));
    }
    counts.rows += rows.length;
    const text = csvLines(rows);
    if (text) yield text;
  }
}
