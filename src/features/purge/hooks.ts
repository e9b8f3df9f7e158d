import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { attempt } from '../../db/errors';
import {
  PURGE_STEPS,
  purgeTablet,
  readPurgeSummary,
  type PurgeReport,
  type PurgeSummary,
} from '../../db/purge';
import { readReconcileSources } from '../../db/reconcile';
import { getSession, subscribeSession } from '../../db/session';
import { mayPurge } from '../../domain/permissions';
import { reconcile } from '../../domain/reconcile';

export { PURGE_STEPS, type PurgeReport, type PurgeSummary };

/** What a purge would delete, and how far the back-entry is. */
export const usePurgeSummary = () =>
  useLiveQuery(async () => ({
    summary: await readPurgeSummary(),
    reconciled: reconcile(await readReconcileSources()).ward,
  }));

/** Whether the person charting may purge the tablet (the ward manager). */
export function useMayPurge(): boolean {
  const { author } = useSyncExternalStore(subscribeSession, getSession);
  return author !== null && mayPurge(author.role);
}

/**
 * What the first run says after a purge travels in the address (#/purged/…): counts and the
 * steps that failed, nothing that names a patient, and nothing stored.
 */
export const PURGED_ROUTE = '#/purged/';

const purgedHash = (summary: PurgeSummary, report: PurgeReport) =>
  PURGED_ROUTE +
  [
    summary.patients.length,
    summary.entries,
    summary.drafts,
    summary.devices,
    summary.training ? 1 : 0,
  ].join('.') +
  '/' +
  report.failed.map((f) => f.step).join(',');

/**
 * Purges the tablet. Once the database is gone the page restarts on the first run, which says
 * what was deleted; if the database could not be deleted, the report comes back to the screen.
 */
export async function tryPurge(summary: PurgeSummary) {
  const result = await attempt(() => purgeTablet());
  if (result.ok && result.value.done.includes('database')) {
    history.replaceState(null, '', purgedHash(summary, result.value));
    location.reload();
  }
  return result;
}
