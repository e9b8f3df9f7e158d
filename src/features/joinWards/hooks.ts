import { toFailure } from '../../db/errors';
import { moveToJoinedWard } from '../../db/joinedWard';
import {
  joinOtherWard,
  JoinWardsError,
  type JoinProgress,
  type JoinReport,
  type JoinWardsErrorCode,
} from '../../db/joinWards';
import { WardFileError, type MergeReport, type WardFileErrorCode } from '../../db/wardFile';
import { asLongWork } from '../../ui/longWork';

export type { JoinProgress, JoinReport, MergeReport };

/** Why a join or a move was refused, as the interface says it; nothing stored changed. */
export type JoinProblem =
  | { source: 'wardFile'; code: WardFileErrorCode | 'quota' | 'failed' }
  | { source: 'join'; code: JoinWardsErrorCode; missing: number };

export type JoinOutcome<T> = { ok: true; value: T } | { ok: false; problem: JoinProblem };

async function guarded<T>(run: () => Promise<T>): Promise<JoinOutcome<T>> {
  try {
    return { ok: true, value: await asLongWork(run) };
  } catch (error) {
    if (error instanceof JoinWardsError) {
      return { ok: false, problem: { source: 'join', code: error.code, missing: error.missing } };
    }
    if (error instanceof WardFileError)
      return { ok: false, problem: { source: 'wardFile', code: error.code } };
    if (toFailure(error).kind === 'quota')
      return { ok: false, problem: { source: 'wardFile', code: 'quota' } };
    console.error(error);
    return { ok: false, problem: { source: 'wardFile', code: 'failed' } };
  }
}

export const tryJoinOtherWard = (file: Blob, passphrase: string, onProgress: JoinProgress) =>
  guarded(() => joinOtherWard(file, passphrase, { onProgress }));

export const tryMoveToJoinedWard = (file: Blob, passphrase: string) =>
  guarded(() => moveToJoinedWard(file, passphrase));
