import { CENSUS_TEMPLATE_CSV, CENSUS_TEMPLATE_FILE_NAME } from '../census/template';
import { demoWard, DEMO_WARD } from '../demo/demoWard';
import { toFhirBundle } from '../fhir/bundle';
import { toIsoWithOffset } from '../time';
import { toCsv } from './csv';
import { exportFileName } from './fileName';

/** The demo ward's first instant: fixed, so the files of `npm run export -- --demo` never change. */
export const DEMO_START = '2026-11-02T07:00:00.000+01:00';
const DAY = 86_400_000;

/**
 * The files `npm run export -- --demo` writes (scripts/export.mjs): the demo ward's FHIR Bundle
 * and CSV over `days` days, exported at the end of the log, and the census template.
 */
export function demoExportFiles(
  days: number,
  appVersion: string,
): { name: string; content: string }[] {
  const events = demoWard({ seed: 7, days, start: DEMO_START });
  const exportedAt = toIsoWithOffset(new Date(Date.parse(DEMO_START) + days * DAY));
  const bundle = toFhirBundle(events, { exportedAt, appVersion, ward: DEMO_WARD });
  return [
    {
      name: exportFileName(DEMO_WARD.name, exportedAt, 'json'),
      content: `${JSON.stringify(bundle)}\n`,
    },
    { name: exportFileName(DEMO_WARD.name, exportedAt, 'csv'), content: toCsv(events) },
    { name: CENSUS_TEMPLATE_FILE_NAME, content: CENSUS_TEMPLATE_CSV },
  ];
}
