/** "releve-medecine-polyvalente-3b-2026-11-05-0800.fhir.json": the ward, then when (UTC-free). */
export function exportFileName(wardName: string, exportedAt: string, kind: 'json' | 'csv'): string {
  const ward = wardName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const stamp = `${exportedAt.slice(0, 10)}-${exportedAt.slice(11, 13)}${exportedAt.slice(14, 16)}`;
  return `releve-${ward || 'service'}-${stamp}.${kind === 'json' ? 'fhir.json' : 'csv'}`;
}
