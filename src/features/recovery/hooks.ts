import { useLiveQuery } from 'dexie-react-hooks';
import { patientLogs, readExportStart, readWardLog } from '../../db/exportReads';
import { readWardPatients } from '../../db/patients';
import { noteRecoveryExport } from '../../db/purge';
import { toCsv } from '../../domain/export/csv';
import { exportFileName } from '../../domain/export/fileName';
import { startFhirExport } from '../../domain/fhir/bundle';
import { fhirBundleParts } from '../../domain/fhir/stream';
import { foldWard } from '../../domain/ward';
import { nowIso, systemClock } from '../../domain/time';

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

/** Patients done out of all, while a FHIR export is built (a 60-day ward takes minutes). */
export type ExportProgress = (done: number, total: number) => void;

async function* counted<T>(items: AsyncIterable<T>, total: number, onProgress?: ExportProgress) {
  let done = 0;
  for await (const item of items) {
    yield item;
    onProgress?.((done += 1), total);
  }
}

/** Builds the file from the log on this tablet; nothing is written anywhere. */
export async function buildExport(
  request: ExportRequest,
  onProgress?: ExportProgress,
): Promise<ExportFile> {
  const selection = { patientIds: request.patientIds, from: request.from, to: request.to };
  if (request.kind === 'csv') {
    const { events, timeZone } = await readWardLog();
    const exportedAt = nowIso(systemClock, timeZone);
    const name = exportFileName(foldWard(events)?.name ?? 'service', exportedAt, 'csv');
    const content = toCsv(events, selection);
    const rows = content.split('\r\n').filter(Boolean).length - 1;
    return { name, blob: new Blob([content], { type: CSV_TYPE }), counts: { rows } };
  }
  // Patient by patient: the log is read, and the Bundle written, one patient at a time.
  const start = await readExportStart();
  const exportedAt = nowIso(systemClock, start.timeZone);
  const name = exportFileName(foldWard(start.wardEvents)?.name ?? 'service', exportedAt, 'json');
  const options = { ...selection, exportedAt, appVersion: __APP_VERSION__ };
  const run = startFhirExport(start.wardEvents, options, start.wardId ?? undefined);
  const counts: Record<string, number> = {};
  let blob = new Blob([], { type: FHIR_TYPE });
  // Each part joins the Blob at once, which the browser may keep out of the JS heap.
  const ids = request.patientIds ?? start.patientIds;
  const logs = counted(patientLogs(ids), ids.length, onProgress);
  for await (const part of fhirBundleParts(run, logs, counts))
    blob = new Blob([blob, part], { type: FHIR_TYPE });
  // The whole ward's Bundle, downloaded next: the purge may then say the export was made.
  const whole = !request.patientIds && !request.from && !request.to;
  if (whole) await noteRecoveryExport(exportedAt);
  return { name, blob, counts };
}
