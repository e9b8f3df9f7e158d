/**
 * "releve-medecine-polyvalente-3b-2026-11-05-0800": the ward, then when (its wall time, no
 * zone), the start of every file the app makes (recovery exports, ward files).
 */
export function fileStem(wardName: string, at: string): string {
  const ward = wardName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const stamp = `${at.slice(0, 10)}-${at.slice(11, 13)}${at.slice(14, 16)}`;
  return `releve-${ward || 'service'}-${stamp}`;
}

/** "releve-medecine-polyvalente-3b-2026-11-05-0800.fhir.json" (or .csv). */
export const exportFileName = (wardName: string, exportedAt: string, kind: 'json' | 'csv') =>
  `${fileStem(wardName, exportedAt)}.${kind === 'json' ? 'fhir.json' : 'csv'}`;
