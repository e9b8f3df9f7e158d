import { Dexie } from 'dexie';
import { isType } from '../domain/eventTypes';
import { nowIso } from '../domain/time';
import { byStamp } from '../domain/order';
import { applySettings, DEFAULT_WARD_SETTINGS } from '../domain/wardSettings';
import { dbNow } from './clock';
import { intact } from './damage';
import { db } from './db';
import { getLocal } from './local';
import { getDataKey } from './session';

/**
 * The ward's time zone, from its settings in the log: only the few 'ward.settingsChanged'
 * events are read (one index range), so a write can ask it every time. A settings change is
 * never voided (Settings writes a new one), so no void is read.
 */
export async function readWardTimeZone(): Promise<string> {
  // Asked together, one wait inside a write's transaction (issue 12, the save delay). Locked,
  // the settings are read only for a ward, as before (and refused there: 'locked').
  const [wardId, rows] = await Promise.all([
    getLocal('wardId'),
    getDataKey() ? readSettings() : null,
  ]);
  if (!wardId) return DEFAULT_WARD_SETTINGS.timeZone;
  const changes = intact(rows ?? (await readSettings())).filter(
    (e) => e.wardId === wardId && e.patientId === null,
  );
  let settings = DEFAULT_WARD_SETTINGS;
  for (const event of byStamp(changes)) {
    if (isType(event, 'ward.settingsChanged')) settings = applySettings(settings, event.payload);
  }
  return settings.timeZone;
}

const readSettings = () =>
  db.events
    .where('[type+atMs]')
    .between(['ward.settingsChanged', Dexie.minKey], ['ward.settingsChanged', Dexie.maxKey])
    .toArray();

export interface WardNow {
  now: Date;
  iso: string;
  timeZone: string;
}

/** Now on the db's clock, in the ward's zone: what a write checks and stamps. */
export async function wardNow(): Promise<WardNow> {
  const timeZone = await readWardTimeZone();
  const now = dbNow();
  return { now, iso: nowIso({ now: () => now }, timeZone), timeZone };
}
