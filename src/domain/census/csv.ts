import Papa from 'papaparse';
import { foldWords } from '../allergyCheck';
import { DEFAULT_TIME_ZONE } from '../time';
import type { ValidationIssue } from '../validation';
import {
  admittedAtCell,
  allergiesCell,
  birthDateCell,
  isolationCell,
  levelOfCareCell,
  numberCell,
  sexCell,
  type Cell,
} from './cells';
import { looksBinary } from './decode';
import { markDuplicateIpps } from './duplicateIpps';
import { CENSUS_COLUMNS, type CensusColumn, type CensusColumnKey } from './template';
import { CensusFileError, type CensusFile, type CensusRecord } from './types';

/** A header as people write it: case, accents, spaces and punctuation do not count. */
const headerKey = (header: string) => foldWords(header.replace(/['’]/g, ' ')).join('');

const BY_HEADER = new Map<string, CensusColumn>(
  CENSUS_COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((h) => [headerKey(h), c] as const)),
);

/** Which column of the file holds which field; throws when a required one is missing. */
function mapHeader(header: readonly string[]): Map<CensusColumnKey, number> {
  const found = new Map<CensusColumnKey, number>();
  header.forEach((name, index) => {
    const column = BY_HEADER.get(headerKey(name));
    if (column && !found.has(column.key)) found.set(column.key, index);
  });
  const missing = CENSUS_COLUMNS.filter((c) => c.required && !found.has(c.key));
  if (missing.length === 0) return found;
  // One column holding tabs or pipes: the file is separated by something else than ; or ,.
  if (header.length === 1 && /[\t|]/.test(header[0] ?? '')) {
    throw new CensusFileError('wrongSeparator');
  }
  throw new CensusFileError('missingColumns', missing.map((c) => c.header).join(', '));
}

const PATH = new Map(CENSUS_COLUMNS.map((c) => [c.key, c.path]));

/** One row to a record: raw values shaped as the admission form's input, and its issues. */
function toRecord(
  cells: (key: CensusColumnKey) => string,
  line: number,
  fileName: string,
  timeZone: string,
): CensusRecord {
  const issues: ValidationIssue[] = [];
  const read = <T>(key: CensusColumnKey, parse: (text: string) => Cell<T>): T | undefined => {
    const cell = parse(cells(key));
    if ('code' in cell) {
      issues.push({ path: PATH.get(key) ?? key, code: cell.code });
      return undefined;
    }
    return cell.value;
  };
  const text = (key: CensusColumnKey) => cells(key) || undefined;
  // The first of the birth first names (space-separated, INS) is the first name.
  const firstNames = cells('firstNames').replace(/\s+/g, ' ');
  const firstName = firstNames.split(' ')[0] ?? '';
  return {
    source: { line },
    identity: {
      ipp: text('ipp'),
      birthName: text('birthName'),
      usedName: text('usedName'),
      firstName: firstName || undefined,
      firstNames: firstNames.includes(' ') ? firstNames : undefined,
      birthDate: read('birthDate', birthDateCell),
      sex: read('sex', sexCell),
      birthPlaceCode: text('birthPlaceCode'),
    },
    admission: {
      admittedAt: read('admittedAt', (t) => admittedAtCell(t, timeZone)),
      reason: text('reason'),
      physician: text('physician'),
      allergies: read('allergies', allergiesCell),
      isolation: read('isolation', isolationCell),
      levelOfCare: read('levelOfCare', levelOfCareCell),
      weightKg: read('weightKg', numberCell),
      heightCm: read('heightCm', numberCell),
      diet: text('diet'),
      bed: text('bed'),
      imported: { format: 'csv', file: fileName },
    },
    prescriptions: [],
    issues,
  };
}

/**
 * Reads a census CSV (the template of template.ts, docs/census.md): ";" or "," (detected),
 * a byte-order mark or not, quoted fields, CRLF; headers matched whatever their case and
 * accents. Throws a CensusFileError when the file cannot be read at all; a row's problems are
 * its record's issues, with its line (the header is line 1). Dates and times are read on
 * the ward's clock (`timeZone`).
 */
export function readCsvCensus(
  text: string,
  fileName: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): CensusFile {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new CensusFileError('empty');
  if (looksBinary(body)) throw new CensusFileError('notText');
  const parsed = Papa.parse<string[]>(body, { delimitersToGuess: [';', ','] });
  const [header = [], ...rows] = parsed.data;
  const columns = mapHeader(header);
  const badRows = new Set(parsed.errors.flatMap((e) => (e.type === 'Quotes' ? [e.row] : [])));
  const records: CensusRecord[] = [];
  rows.forEach((row, index) => {
    if (row.every((cell) => cell.trim() === '')) return;
    const cells = (key: CensusColumnKey) => row[columns.get(key) ?? -1]?.trim() ?? '';
    const record = toRecord(cells, index + 2, fileName, timeZone);
    if (badRows.has(index + 1) || row.length > header.length) {
      record.issues.push({ path: '', code: 'badRow' });
    }
    records.push(record);
  });
  if (records.length === 0) throw new CensusFileError('noRows');
  return { format: 'csv', records: markDuplicateIpps(records), skipped: {} };
}
