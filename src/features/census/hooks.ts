import { useState } from 'react';
import { commitCensus, planCensusImport, type CensusResult } from '../../db/census';
import { attempt } from '../../db/errors';
import { readWardTimeZone } from '../../db/wardTime';
import { checkCensusSize } from '../../domain/census/decode';
import type { CensusPlan, PlanOptions } from '../../domain/census/plan';
import { readCensusFile } from '../../domain/census/read';
import { CensusFileError, type CensusFile } from '../../domain/census/types';
import type { WriteFailure } from '../../domain/failure';
import { asLongWork } from '../../ui/longWork';

export interface CensusPreview {
  fileName: string;
  file: CensusFile;
  plan: CensusPlan;
  /** The ward changed since the preview shown before: this one was made again. */
  stale: boolean;
}

export type CensusState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'fileError'; code: string; detail?: string | undefined }
  | ({ step: 'preview' } & CensusPreview)
  | ({ step: 'saving' } & CensusPreview)
  | ({ step: 'failed'; failure: WriteFailure } & CensusPreview)
  | { step: 'done'; result: CensusResult };

const isStale = (failure: WriteFailure) =>
  failure.kind === 'validation' && failure.issues.some((i) => i.code === 'changedMeanwhile');

/**
 * The census import on this tablet: a file is read (refused above 20 MB before reading) and
 * planned against the ward (a preview: nothing written); the commit writes it all or nothing.
 * `planOptions(fileName)` gives, in the ward's language, the reason kept in the log for each
 * header change and the words of a stay the file does not give.
 */
export function useCensusImport(planOptions: (fileName: string) => PlanOptions) {
  const [state, setState] = useState<CensusState>({ step: 'idle' });

  async function preview(fileName: string, file: CensusFile, stale = false) {
    const plan = await planCensusImport(file, planOptions(fileName));
    setState({ step: 'preview', fileName, file, plan, stale });
  }

  async function choose(chosen: File) {
    setState({ step: 'reading' });
    try {
      checkCensusSize(chosen.size);
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      const file = readCensusFile(bytes, chosen.name, await readWardTimeZone());
      await preview(chosen.name, file);
    } catch (error) {
      if (!(error instanceof CensusFileError)) throw error;
      setState({ step: 'fileError', code: error.code, detail: error.detail });
    }
  }

  async function commit() {
    if (state.step !== 'preview' && state.step !== 'failed') return;
    const { fileName, file, plan } = state;
    setState({ ...state, step: 'saving' });
    const options = planOptions(fileName);
    const result = await attempt(() => asLongWork(() => commitCensus(file, plan, options)));
    if (result.ok) setState({ step: 'done', result: result.value });
    else if (isStale(result.failure)) await preview(fileName, file, true);
    else setState({ step: 'failed', fileName, file, plan, stale: false, failure: result.failure });
  }

  return {
    state,
    choose: (file: File) => void choose(file),
    commit: () => void commit(),
    cancel: () => setState({ step: 'idle' }),
  };
}
