import { fileStem } from '../domain/export/fileName';
import type { WardFileKind } from './header';

/** The extension of a ward file: its own, so that nobody opens it as something else. */
export const WARD_FILE_EXTENSION = '.releve';

/** "releve-medecine-3-2026-12-02-0315.releve" (a backup ends "-sauvegarde.releve"). */
export function wardFileName(wardName: string, createdAt: string, kind: WardFileKind): string {
  const suffix = kind === 'backup' ? '-sauvegarde' : '';
  return `${fileStem(wardName, createdAt)}${suffix}${WARD_FILE_EXTENSION}`;
}
