import type { WardFileKind } from './header';

/** The extension of a ward file: its own, so that nobody opens it as something else. */
export const WARD_FILE_EXTENSION = '.releve';

/** "releve-medecine-3-2026-12-02-0315.releve" (a backup ends "-sauvegarde.releve"). */
export function wardFileName(wardName: string, createdAt: string, kind: WardFileKind): string {
  const ward = wardName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const stamp = `${createdAt.slice(0, 10)}-${createdAt.slice(11, 13)}${createdAt.slice(14, 16)}`;
  const suffix = kind === 'backup' ? '-sauvegarde' : '';
  return `releve-${ward || 'service'}-${stamp}${suffix}${WARD_FILE_EXTENSION}`;
}
