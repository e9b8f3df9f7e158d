import { CENSUS_TEMPLATE_CSV, CENSUS_TEMPLATE_FILE_NAME } from '../census/template';
import { demoWard, DEMO_WARD } from '../demo/demoWard';
import { byPatient, startFhirExport } from '../fhir/bundle';
import { fhirBundleParts } from '../fhir/stream';
import { toIsoWithOffset } from '../time';
import { toCsv } from './csv';
import { exportFileName } from './fileName';

/** The demo ward's first instant: fixed, so the files of `npm run export -- --demo` never change. */
export const DEMO_START = '2026-11-02T07:00:00.000+01:00';
const DAY = 86_400_000;

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/**
 * The files `npm run export -- --demo` writes (scripts/export.mjs): the demo ward's FHIR Bundle
 * (in parts, patient by patient: at 60 days it is longer than one string may be) and CSV over
 * `days` days, exported at the end of the log, and the census template.
 */
export function demoExportFiles(
  days: number,
  appVersion: string,
): { name: string; parts: AsyncIterable<string> }[] {
  const events = demoWard({ seed: 7, days, start: DEMO_START });
  const exportedAt = toIsoWithOffset(new Date(Date.parse(DEMO_START) + days * DAY));
  const run = startFhirExport(
    events.filter((event) => event.patientId === null),
    { exportedAt, appVersion, ward: DEMO_WARD },
    events[0]?.wardId,
  );
  const logs = [...byPatient(events)].map(([patientId, list]) => ({ patientId, events: list }));
  return [
    {
      name: exportFileName(DEMO_WARD.name, exportedAt, 'json'),
      parts: fhirBundleParts(run, logs),
    },
    { name: exportFileName(DEMO_WARD.name, exportedAt, 'csv'), parts: once(toCsv(events)) },
    { name: CENSUS_TEMPLATE_FILE_NAME, parts: once(CENSUS_TEMPLATE_CSV) },
  ];
}
