import { attempt } from '../../db/errors';
import { createWard, type WardDraft } from '../../db/createWard';
import { joinWard, markWardHeld } from '../../db/tablets';
import { readWardFileHeader, WardFileError, type MergeReport } from '../../db/wardFile';
import type { StaffDraft } from '../../db/ward';
import { HubError, type HubConfig, type HubErrorCode } from '../../sync/hubClient';
import { HubSetupError, joinHub, type JoinProgress } from '../../sync/hubSetup';
import { startHubSync } from '../../sync/runner';
import { asLongWork } from '../../ui/longWork';

export { deploymentHubUrl } from '../../sync/deployment';
export type { HubConfig, JoinProgress };

/**
 * Asks the browser to keep this origin's data when space runs short (issue 14, point 7):
 * once the tablet holds a ward. Settings shows the answer (navigator.storage.persisted()).
 */
async function requestPersistence(): Promise<void> {
  try {
    await globalThis.navigator?.storage?.persist?.();
  } catch (error) {
    console.error(error); // the ward works without it; Settings says it is not granted
  }
}

/** Once the ward is here: the reminder's start, and persistent storage asked for. */
async function tookWard(): Promise<void> {
  try {
    await markWardHeld();
  } catch (error) {
    console.error(error); // only the reminder's start: the ward itself is stored
  }
  await requestPersistence();
}

/** Creates the ward, its passphrase and its first author; reports why not instead of throwing. */
export const tryCreateWard = (
  ward: WardDraft,
  first: StaffDraft,
  passphrase: { value: string; confirmation: string },
) =>
  attempt(async () => {
    const wardId = await createWard(ward, first, passphrase);
    await tookWard();
    return wardId;
  });

/** Why a ward file was refused: its own codes, or storage trouble. */
export type WardFileProblem = WardFileError['code'] | 'storage';

function problemOf(error: unknown): WardFileProblem {
  if (error instanceof WardFileError) return error.code;
  console.error(error);
  return 'storage';
}

export type JoinOutcome =
  { ok: true; report: MergeReport } | { ok: false; problem: WardFileProblem };

/**
 * Joins (or restores) this tablet with a ward file and the ward passphrase; never throws.
 * On success the session is open with nobody charting yet: the app asks who is charting.
 */
export async function tryJoinWard(file: Blob, passphrase: string): Promise<JoinOutcome> {
  try {
    const report = await asLongWork(() => joinWard(file, passphrase));
    await requestPersistence();
    return { ok: true, report };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}

/** The clear header of a chosen file (made when, how many entries), or why it is no ward file. */
export async function tryReadWardFileHeader(file: Blob) {
  try {
    return { ok: true as const, header: await readWardFileHeader(file) };
  } catch (error) {
    return { ok: false as const, problem: problemOf(error) };
  }
}

/** Why joining through the hub did not work, as a words key. */
export type HubJoinProblem =
  HubErrorCode | 'wrongPassphrase' | 'noWardOnHub' | 'alreadyWard' | 'unknown';

function hubJoinProblem(error: unknown): HubJoinProblem {
  if (error instanceof HubError) return error.code;
  if (error instanceof HubSetupError && error.code !== 'weakPassphrase' && error.code !== 'noWard')
    return error.code;
  console.error(error);
  return 'unknown';
}

/**
 * Joins this tablet through the ward hub (sync/hubSetup.ts joinHub), telling how far the
 * first pull is; then the background sync starts. Never throws.
 */
export async function tryJoinHub(
  config: HubConfig,
  passphrase: string,
  onProgress: (progress: JoinProgress) => void,
): Promise<{ ok: true } | { ok: false; problem: HubJoinProblem }> {
  try {
    await asLongWork(() => joinHub(config, passphrase, onProgress));
  } catch (error) {
    return { ok: false, problem: hubJoinProblem(error) };
  }
  await tookWard();
  void startHubSync();
  return { ok: true };
}
