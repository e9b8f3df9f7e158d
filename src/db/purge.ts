import { Dexie } from 'dexie';
import { mayPurge } from '../domain/permissions';
import { ValidationError } from '../domain/validation';
import { db } from './db';
import { readDeviceNames } from './devices';
import { getLocal, setLocal } from './local';
import { DATABASE_NAMES } from './mode';
import { readWardPatients } from './patients';
import { getSession, lockSession } from './session';
import { readWard } from './ward';

/** Called by the recovery export once its file is saved: the purge then says so. */
export const noteRecoveryExport = (at: string) => setLocal('recoveryExportedAt', at);

/** What a purge deletes, shown before it is asked for. */
export interface PurgeSummary {
  wardName: string;
  /** Every patient on the tablet, present or discharged: birth name, first name. */
  patients: { id: string; name: string }[];
  entries: number;
  drafts: number;
  /** Tablets known to the ward log, this one included. */
  devices: number;
  /** The ward key (wrapped by the passphrase) is on this tablet. */
  key: boolean;
  /** A training ward is on this tablet too (deleted with the rest). */
  training: boolean;
  /** When the recovery export was last saved here; null if never. */
  exportedAt: string | null;
}

export async function readPurgeSummary(): Promise<PurgeSummary> {
  const [ward, patients, entries, drafts, names, deviceId, key, exportedAt, databases] =
    await Promise.all([
      readWard(),
      readWardPatients(),
      db.events.count(),
      db.drafts.count(),
      readDeviceNames(),
      getLocal('deviceId'),
      getLocal('keyRecord'),
      getLocal('recoveryExportedAt'),
      Dexie.getDatabaseNames(),
    ]);
  const devices = new Set<string>(names.keys());
  if (deviceId) devices.add(deviceId);
  return {
    wardName: ward?.name ?? '',
    patients: patients.map((p) => ({
      id: p.id,
      name: `${p.identity.birthName.toUpperCase()} ${p.identity.firstName}`,
    })),
    entries,
    drafts,
    devices: devices.size,
    key: key !== undefined,
    training: databases.includes(DATABASE_NAMES.training),
    exportedAt: exportedAt ?? null,
  };
}

/** The parts of a purge, in order; each is tried and reported. */
export const PURGE_STEPS = ['database', 'storage', 'caches', 'memory'] as const;
export type PurgeStep = (typeof PURGE_STEPS)[number];

export interface PurgeReport {
  done: PurgeStep[];
  failed: { step: PurgeStep; detail: string }[];
}

/** What the purge reaches in the browser; tests give their own to make a step fail. */
export interface PurgeTargets {
  databaseNames: () => Promise<string[]>;
  deleteDatabase: (name: string) => Promise<void>;
  storages: () => (Storage | undefined)[];
  caches: () => CacheStorage | undefined;
}

export const BROWSER_TARGETS: PurgeTargets = {
  databaseNames: () => Dexie.getDatabaseNames(),
  deleteDatabase: (name) => Dexie.delete(name),
  storages: () => [globalThis.localStorage, globalThis.sessionStorage],
  caches: () => globalThis.caches,
};

/** Workbox's precache: the app itself, kept so that it still opens offline (on first run). */
const isAppShell = (cacheName: string) => cacheName.startsWith('workbox-precache');

const STEPS: Record<PurgeStep, (targets: PurgeTargets) => Promise<void>> = {
  database: async (targets) => {
    db.close(); // no auto-open: nothing recreates the database before the page restarts
    const names = new Set([...Object.values(DATABASE_NAMES), ...(await targets.databaseNames())]);
    // Every database of the app's origin is the app's: the ward's, training, a library's.
    for (const name of names) await targets.deleteDatabase(name);
  },
  storage: (targets) => {
    // The origin is the app's alone: language, mode and anything a later version keeps.
    for (const storage of targets.storages()) storage?.clear();
    return Promise.resolve();
  },
  caches: async (targets) => {
    const caches = targets.caches();
    if (!caches) return;
    for (const name of await caches.keys()) if (!isAppShell(name)) await caches.delete(name);
  },
  memory: () => lockSession(), // the key and who is charting; every other tab locks too
};

/**
 * Deletes the ward's data from this tablet: the database (and the training one), drafts with
 * it, the app's local and session storage, data caches (not the app's precache), then the key
 * in memory. Ward manager only. Each step is tried and reported; if the database could not be
 * deleted it is opened again and nothing else is done, so the ward still works and the purge
 * can be tried again (another tab holding it open is the usual cause).
 */
export async function purgeTablet(targets: PurgeTargets = BROWSER_TARGETS): Promise<PurgeReport> {
  const who = getSession().author;
  if (!who || !mayPurge(who.role)) {
    throw new ValidationError([{ path: '', code: 'notPermitted' }]);
  }
  const report: PurgeReport = { done: [], failed: [] };
  for (const step of PURGE_STEPS) {
    try {
      await STEPS[step](targets);
      report.done.push(step);
    } catch (error) {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      report.failed.push({ step, detail });
      if (step === 'database') {
        await db.open();
        return report;
      }
    }
  }
  return report;
}
