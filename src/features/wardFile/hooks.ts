import { useLiveQuery } from 'dexie-react-hooks';
import { checkPassphraseStrength } from '../../db/crypto';
import { toFailure } from '../../db/errors';
import { getLocal } from '../../db/local';
import { readQuarantine } from '../../db/quarantine';
import {
  importWardFile,
  makeWardFile,
  readWardFileHeader,
  WardFileError,
  type MadeWardFile,
  type MakeOptions,
  type MergeReport,
  type Progress,
  type WardFileErrorCode,
  type WardFileHeader,
} from '../../db/wardFile';
import { asLongWork } from '../../ui/longWork';

export type { QuarantineRow } from '../../db/db';
export type { MadeWardFile, MergeReport, Progress, WardFileHeader };
export { checkPassphraseStrength };

/** Why a ward file could not be made or imported, as the interface says it. */
export type WardFileProblem = WardFileErrorCode | 'quota' | 'failed';
export type WardFileOutcome<T> = { ok: true; value: T } | { ok: false; problem: WardFileProblem };

async function guarded<T>(run: () => Promise<T>): Promise<WardFileOutcome<T>> {
  try {
    return { ok: true, value: await asLongWork(run) };
  } catch (error) {
    if (error instanceof WardFileError) return { ok: false, problem: error.code };
    if (toFailure(error).kind === 'quota') return { ok: false, problem: 'quota' };
    console.error(error);
    return { ok: false, problem: 'failed' };
  }
}

export const tryMakeWardFile = (options: MakeOptions) => guarded(() => makeWardFile(options));

export const tryImportWardFile = (file: Blob, onProgress?: Progress) =>
  guarded(() => importWardFile(file, onProgress ? { onProgress } : {}));

export const tryReadWardFileHeader = (file: Blob) => guarded(() => readWardFileHeader(file));

/** Ward time this tablet last made a ward file; null when never, undefined while read. */
export const useWardFileMadeAt = () =>
  useLiveQuery(async () => (await getLocal('wardFileMadeAt')) ?? null);

/** The quarantined entries, live. */
export const useQuarantine = () => useLiveQuery(readQuarantine);
