import type { BundleEntry } from '@medplum/fhirtypes';
import type { WardEvent } from '../events';
import type { FhirExport } from './bundle';

/** One patient's log, as the export reads it (from the database, one patient at a time). */
export interface PatientLog {
  patientId: string;
  events: readonly WardEvent[];
}

/**
 * The Bundle as compact JSON text in parts, one part per patient: joined, they parse to what
 * toFhirBundle gives for the same log (bundle.ts). Neither the whole log nor the whole text
 * is ever held, so a 60-day ward (hundreds of MB, past the longest string a browser can make)
 * becomes a Blob of parts. `patients` may be read lazily (an async iterable). `counts`, when
 * given, gets the number of resources of each type.
 */
export async function* fhirBundleParts(
  run: FhirExport,
  patients: Iterable<PatientLog> | AsyncIterable<PatientLog>,
  counts: Record<string, number> = {},
): AsyncGenerator<string> {
  const head = JSON.stringify(run.head);
  yield `${head.slice(0, -1)},"entry":[`;
  let first = true;
  const part = (entries: readonly BundleEntry[]) => {
    if (entries.length === 0) return '';
    for (const entry of entries) {
      const type = entry.resource?.resourceType ?? 'unknown';
      counts[type] = (counts[type] ?? 0) + 1;
    }
    const text = entries.map((entry) => JSON.stringify(entry)).join(',');
    const joined = first ? text : `,${text}`;
    first = false;
    return joined;
  };
  for await (const { patientId, events } of patients) {
    const text = part(run.patient(patientId, events));
    if (text) yield text;
  }
  yield `${part(run.close())}]}\n`;
}
