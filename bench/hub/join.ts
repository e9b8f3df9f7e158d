import type { HubConfig } from '../../src/sync/hubClient';
import { joinHub } from '../../src/sync/hubSetup';

/**
 * `npm run bench:hub` only (never in the app's build): a new tablet joins the ward through
 * the hub with the app's own joinHub (key record fetched and opened with the passphrase), in
 * this origin's database, as the first-run "join through the hub" does; the app served beside
 * it then opens that database at its lock screen.
 */
declare global {
  interface Window {
    benchJoin?: (config: HubConfig, passphrase: string) => Promise<void>;
  }
}
window.benchJoin = joinHub;
const progress = document.getElementById('progress');
if (progress) progress.textContent = 'ready';
