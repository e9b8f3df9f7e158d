import type { WardEvent } from '../events';
import type { PatientId } from '../ids';
import { csvHead, csvLines, csvLookups, csvRow, patientFacts, type PatientFacts } from './csvRows';
import { selectEvents, type ExportSelection } from './select';

/** Where a streamed CSV export reads the log (db/exportReads.ts: readCsvStart, wardLogPages). */
export interface CsvSource {
  /** The ward log's events of CSV_LOOKUP_TYPES, every patient's and the ward's. */
  lookupEvents: readonly WardEvent[];
  /** The whole log (or the window's) in its order, bedside time then id, a page at a time. */
  pages: Iterable<readonly WardEvent[]> | AsyncIterable<readonly WardEvent[]>;
  /** A patient's header events (HEADER_TYPES) in this ward, read at their first row. */
  headerOf: (patientId: PatientId) => Promise<readonly WardEvent[]>;
}

/**
 * The CSV of toCsv, in parts: the header, then the rows of each page. Rows stay in the log's
 * order (bedside time, then id), ward-level entries among them, as in the file before it was
 * streamed: a spreadsheet reads the outage as it happened; a filter on a column gives one
 * patient. Only one page of the log and each patient's identity and beds are held, never the
 * whole log nor the whole text (a 60-day ward is ~40 MB of CSV, 540k events three times that).
 * `counts.rows`, when given, gets the number of rows.
 */
export async function* csvParts(
  source: CsvSource,
  selection: ExportSelection = {},
  counts: Record<string, number> = {},
): AsyncGenerator<string> {
  const lookups = csvLookups(source.lookupEvents);
  const voidsOf = new Map<string, WardEvent[]>();
  for (const event of source.lookupEvents)
    if (event.type === 'event.voided' && event.patientId !== null) {
      const list = voidsOf.get(event.patientId) ?? [];
      list.push(event);
      voidsOf.set(event.patientId, list);
    }
  // A patient's facts fold their header events and their voids, as toCsv folds their whole log
  // (the other events do not change them): read once, at their first row.
  const facts = new Map<string, PatientFacts>();
  const readFacts = async (patientId: PatientId) => {
    const header = await source.headerOf(patientId);
    const fact = patientFacts([...header, ...(voidsOf.get(patientId) ?? [])]);
    facts.set(patientId, fact);
    return fact;
  };
  counts.rows = 0;
  yield csvHead();
  for await (const page of source.pages) {
    const rows: string[][] = [];
    for (const event of selectEvents(page, selection)) {
      const id = event.patientId;
      // A known patient without an await, which would cost a microtask per row.
      const patient = id === null ? undefined : (facts.get(id) ?? (await readFacts(id)));
      rows.push(csvRow(event, lookups, patient));
    }
    counts.rows += rows.length;
    const text = csvLines(rows);
    if (text) yield text;
  }
}
