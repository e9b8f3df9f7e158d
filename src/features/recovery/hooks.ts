import { useLiveQuery } from 'dexie-react-hooks';
import { chosenLogPages, wardLogPages } from '../../db/exportPages';
import { patientLogs, readCsvStart, readExportStart } from '../../db/exportReads';
import { readWardPatients } from '../../db/patients';
import { noteRecoveryExport } from '../../db/purge';
import { CSV_LOOKUP_TYPES } from '../../domain/export/csvRows';
import { csvParts } from '../../domain/export/csvStream';
import { exportFileName } from '../../domain/export/fileName';
import { startFhirExport } from '../../domain/fhir/bundle';
import { fhirBundleParts } from '../../domain/fhir/stream';
import { foldWard } from '../../domain/ward';
import { instantOf, nowIso, systemClock } from '../../domain/time';

/** The ward's patients, to choose whom to export; undefined while read. */
export const useExportPatients = () => useLiveQuery(() => readWardPatients());

export interface ExportRequest {
  kind: 'fhir' | 'csv';
  patientIds?: readonly string[];
  from?: string;
  to?: string;
}

export interface ExportFile {
  name: string;
  /** The file, built from parts: a whole ward's Bundle is too long for one string. */
  blob: Blob;
  /** Resources by type (FHIR) or rows (CSV), to show what the file holds. */
  counts: Record<string, number>;
}

const CSV_TYPE = 'text/csv;charset=utf-8';
const FHIR_TYPE = 'application/fhir+json';

/**
 * How far an export has gone (a 60-day ward takes minutes): patients done out of all (FHIR),
 * entries read out of the window's (CSV).
 */
export type ExportProgress = (done: number, total: number) => void;

/** Passes the items on, telling how many are done: each counts `sizeOf` (default one). */
async function* counted<T>(
  items: AsyncIterable<T>,
  total: number,
  onProgress?: ExportProgress,
  sizeOf: (item: T) => number = () => 1,
) {
  let done = 0;
  for await (const item of items) {
    yield item;
    onProgress?.((done += sizeOf(item)), total);
  }
}

/** Appends each part to the file at once, which the browser may keep out of the JS heap. */
async function blobOf(parts: AsyncIterable<string>, type: string): Promise<Blob> {
  let blob = new Blob([], { type });
  for await (const part of parts) blob = new Blob([blob, part], { type });
  return blob;
}

/** The CSV, page by page of the log in its order (csvStream.ts): never the whole log at once. */
async function buildCsv(request: ExportRequest, onProgress?: ExportProgress): Promise<ExportFile> {
  const selection = { patientIds: request.patientIds, from: request.from, to: request.to };
  const bounds = {
    fromMs: request.from === undefined ? undefined : instantOf(request.from),
    toMs: request.to === undefined ? undefined : instantOf(request.to),
  };
  const start = await readCsvStart(CSV_LOOKUP_TYPES, bounds, request.patientIds);
  const exportedAt = nowIso(systemClock, start.timeZone);
  const name = exportFileName(foldWard(start.wardEvents)?.name ?? 'service', exportedAt, 'csv');
  // Chosen patients: only their entries are read (and decrypted), not the ward's.
  const log = request.patientIds
    ? chosenLogPages(request.patientIds, bounds)
    : wardLogPages(bounds);
  const pages = counted(log, start.total, onProgress, (page) => page.length);
  const source = { lookupEvents: start.lookupEvents, pages };
  const counts = { rows: 0 };
  const blob = await blobOf(csvParts(source, selection, counts), CSV_TYPE);
  return { name, blob, counts };
}

/** Builds the file from the log on this tablet; nothing is written anywhere. */
export async function buildExport(
  request: ExportRequest,
  onProgress?: ExportProgress,
): Promise<ExportFile> {
  if (request.kind === 'csv') return buildCsv(request, onProgress);
  const selection = { patientIds: request.patientIds, from: request.from, to: request.to };
  // Patient by patient: the log is read, and the Bundle written, one patient at a time.
  const start = await readExportStart();
  const exportedAt = nowIso(systemClock, start.timeZone);
  const name = exportFileName(foldWard(start.wardEvents)?.name ?? 'service', exportedAt, 'json');
  const options = { ...selection, exportedAt, appVersion: __APP_VERSION__ };
  const run = startFhirExport(start.wardEvents, options, start.wardId ?? undefined);
  const counts: Record<string, number> = {};
  const ids = request.patientIds ?? start.patientIds;
  const logs = counted(patientLogs(ids), ids.length, onProgress);
  const blob = await blobOf(fhirBundleParts(run, logs, counts), FHIR_TYPE);
  // The whole ward's Bundle, downloaded next: the purge may then say the export was made.
  const whole = !request.patientIds && !request.from && !request.to;
  if (whole) await noteRecoveryExport(exportedAt);
  return { name, blob, counts };
}
