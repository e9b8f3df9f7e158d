import type { HubConfig } from '../../src/sync/hubClient';
import { joinHub } from '../../src/sync/hubSetup';

/**
 * `npm run bench:hub` only (never in the app's build): a new tablet joins the ward through
 * the hub with the app's own joinHub (key record fetched and opened with the passphrase), in
 * this origin's database, as the first-run "join through the hub" does; the app served beside
 * it then opens that database at its lock screen. Resolves with the first pull's own figures:
 * joinHub tells its progress from the start of the pull (0 received) to each batch written.
 */
export interface JoinPull {
  /** Events received by the pull. */
  received: number;
  /** From the start of the pull to its last batch written. */
  pullMs: number;
}

declare global {
  interface Window {
    benchJoin?: (config: HubConfig, passphrase: string) => Promise<JoinPull>;
  }
}
window.benchJoin = async (config, passphrase) => {
  let start = Number.NaN;
  let end = Number.NaN;
  let received = 0;
  await joinHub(config, passphrase, (progress) => {
    const now = performance.now();
    if (Number.isNaN(start)) start = now;
    end = now;
    received = progress.received;
  });
  return { received, pullMs: end - start };
};
const progress = document.getElementById('progress');
if (progress) progress.textContent = 'ready';
