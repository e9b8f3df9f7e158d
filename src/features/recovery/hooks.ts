import { useLiveQuery } from 'dexie-react-hooks';
import { readWardLog } from '../../db/exportReads';
import { readWardPatients } from '../../db/patients';
import { noteRecoveryExport } from '../../db/purge';
import { toCsv } from '../../domain/export/csv';
import { exportFileName } from '../../domain/export/fileName';
import { toFhirBundle } from '../../domain/fhir/bundle';
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
  type: string;
  content: string;
  /** Resources by type (FHIR) or rows (CSV), to show what the file holds. */
  counts: Record<string, number>;
}

/** Builds the file from the log on this tablet; nothing is written anywhere. */
export async function buildExport(request: ExportRequest): Promise<ExportFile> {
  const { events, timeZone } = await readWardLog();
  const exportedAt = nowIso(systemClock, timeZone);
  const ward = foldWard(events);
  const name = exportFileName(
    ward?.name ?? 'service',
    exportedAt,
    request.kind === 'fhir' ? 'json' : 'csv',
  );
  const selection = { patientIds: request.patientIds, from: request.from, to: request.to };
  if (request.kind === 'csv') {
    const content = toCsv(events, selection);
    const rows = content.split('\r\n').filter(Boolean).length - 1;
    return { name, type: 'text/csv;charset=utf-8', content, counts: { rows } };
  }
  const bundle = toFhirBundle(events, { ...selection, exportedAt, appVersion: __APP_VERSION__ });
  const counts: Record<string, number> = {};
  for (const entry of bundle.entry ?? []) {
    const type = entry.resource?.resourceType ?? 'unknown';
    counts[type] = (counts[type] ?? 0) + 1;
  }
  // The whole ward's Bundle, downloaded next: the purge may then say the export was made.
  const whole = !request.patientIds && !request.from && !request.to;
  if (whole) await noteRecoveryExport(exportedAt);
  return { name, type: 'application/fhir+json', content: JSON.stringify(bundle), counts };
}
