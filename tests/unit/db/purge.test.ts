// @vitest-environment jsdom
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, ReleveDb } from '../../../src/db/db';
import { saveDraft } from '../../../src/db/drafts';
import { DATABASE_NAMES } from '../../../src/db/mode';
import {
  BROWSER_TARGETS,
  noteRecoveryExport,
  purgeTablet,
  readPurgeSummary,
  type PurgeTargets,
} from '../../../src/db/purge';
import { getDataKey, getSession, setAuthor } from '../../../src/db/session';
import { newId, type PatientId } from '../../../src/domain/ids';
import { freshWard } from './fixtures';
import { admit } from './patientFixtures';

/** Cache Storage as the browser has it: the app's precache and a data cache. */
function fakeCaches(fail = false) {
  const names = new Set(['workbox-precache-v2-http://localhost/', 'releve-data']);
  const caches = {
    keys: () => Promise.resolve([...names]),
    delete: (name: string) =>
      fail ? Promise.reject(new Error('cache busy')) : Promise.resolve(names.delete(name)),
  };
  return { names, caches: caches as Pick<CacheStorage, 'keys' | 'delete'> as CacheStorage };
}

const targets = (over: Partial<PurgeTargets> = {}, cacheStorage = fakeCaches()) => ({
  ...BROWSER_TARGETS,
  caches: () => cacheStorage.caches,
  ...over,
});

const asManager = () => {
  const author = getSession().author;
  if (!author) throw new Error('no author');
  setAuthor({ ...author, role: 'manager' });
};

beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  await freshWard();
  await admit();
  await saveDraft('vitals', newId<PatientId>(), { respiratoryRate: '24' });
  localStorage.setItem('releve.language', 'en');
  sessionStorage.setItem('releve.something', 'x');
  const training = new ReleveDb(DATABASE_NAMES.training, () => null);
  await training.local.put({ key: 'practice', value: 'exercice' });
  training.close();
});

describe('purge of the tablet (issue 13, point 5)', () => {
  it('says what will be deleted: patients, entries, drafts, tablets, the key, training', async () => {
    await noteRecoveryExport('2026-11-30T10:00:00.000+01:00');
    const summary = await readPurgeSummary();
    expect(summary).toMatchObject({
      wardName: 'Médecine 3',
      patients: [{ name: 'DURAND Jeanne' }],
      drafts: 1,
      devices: 1,
      key: true,
      training: true,
      exportedAt: '2026-11-30T10:00:00.000+01:00',
    });
    expect(summary.entries).toBe(await db.events.count());
    expect(summary.entries).toBeGreaterThanOrEqual(3);
  });

  it('deletes everything but the app shell: databases, storage, data caches, the key', async () => {
    asManager();
    const cacheStorage = fakeCaches();
    const report = await purgeTablet(targets({}, cacheStorage));
    expect(report).toEqual({ done: ['database', 'storage', 'caches', 'memory'], failed: [] });
    expect(await Dexie.getDatabaseNames()).toEqual([]);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect([...cacheStorage.names]).toEqual(['workbox-precache-v2-http://localhost/']);
    expect(getSession()).toEqual({ locked: true, author: null });
    expect(getDataKey()).toBeNull();
    // Nothing reopens the database behind the purge's back.
    await expect(db.events.count()).rejects.toThrow();
  });

  it('is the ward manager’s only: anyone else gets notPermitted and nothing is deleted', async () => {
    const entries = await db.events.count();
    await expect(purgeTablet(targets())).rejects.toMatchObject({
      issues: [{ path: '', code: 'notPermitted' }],
    });
    expect(await db.events.count()).toBe(entries);
    expect(localStorage.getItem('releve.language')).toBe('en');
  });

  it('a database that cannot be deleted is said, and the ward is left whole and open', async () => {
    asManager();
    const entries = await db.events.count();
    const report = await purgeTablet(
      targets({ deleteDatabase: () => Promise.reject(new Error('blocked by another tab')) }),
    );
    expect(report.done).toEqual([]);
    expect(report.failed).toEqual([{ step: 'database', detail: 'Error: blocked by another tab' }]);
    expect(await db.events.count()).toBe(entries);
    expect(await db.drafts.count()).toBe(1);
    expect(localStorage.getItem('releve.language')).toBe('en');
    expect(getSession().locked).toBe(false);
  });

  it('a later step that fails is said, and the others still run', async () => {
    asManager();
    const report = await purgeTablet(targets({}, fakeCaches(true)));
    expect(report.done).toEqual(['database', 'storage', 'memory']);
    expect(report.failed).toEqual([{ step: 'caches', detail: 'Error: cache busy' }]);
    expect(await Dexie.getDatabaseNames()).toEqual([]);
  });
});
