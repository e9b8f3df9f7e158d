// PLACEHOLDER until h-file is merged: the API the common brief fixed, so that the tablets
// screens type-check. Replaced whole by the `file` helper's module at the merge.
import type { DeviceId, WardId } from '../domain/ids';

export interface WardFileHeader {
  formatVersion: number;
  kind: 'ward' | 'backup';
  wardId: WardId;
  createdAt: string;
  deviceId: DeviceId;
  since: string | null;
  events: number;
}

export interface MergeReport {
  added: number;
  alreadyPresent: number;
  newPatients: number;
  quarantined: number;
}

export type WardFileErrorCode =
  | 'empty'
  | 'notWardFile'
  | 'truncated'
  | 'unknownVersion'
  | 'otherWard'
  | 'wrongPassphrase'
  | 'damaged'
  | 'tooLarge'
  | 'noWard'
  | 'alreadyWard';

export class WardFileError extends Error {
  constructor(readonly code: WardFileErrorCode) {
    super(code);
    this.name = 'WardFileError';
  }
}

const missing = (...args: unknown[]) =>
  Promise.reject(new Error(`wardFile: merge h-file (${args.length})`));

export const makeWardFile = (options: {
  sinceMs?: number;
  backup?: { wardPassphrase: string; filePassphrase: string };
  onProgress?: (done: number, total: number) => void;
}): Promise<{ blob: Blob; fileName: string; events: number }> => missing(options);

export const readWardFileHeader = (file: Blob): Promise<WardFileHeader> => missing(file);

export const importWardFile = (
  file: Blob,
  options?: { onProgress?: (done: number, total: number) => void },
): Promise<MergeReport> => missing(file, options);

export const joinWardFile = (file: Blob, passphrase: string): Promise<MergeReport> =>
  missing(file, passphrase);
