import { afterEach, describe, expect, it } from 'vitest';
import { isDamaged } from '../../../src/db/crypto';
import { db, DEXIE_VERSIONS } from '../../../src/db/db';
import { unlockWard } from '../../../src/db/lock';
import { readBeds } from '../../../src/db/beds';
import { intact } from '../../../src/db/damage';
import { rebuildProjections } from '../../../src/db/projections';
import { readWard, readWardNotes } from '../../../src/db/ward';
import { foldBeds } from '../../../src/domain/beds';
import { upgradeEvent } from '../../../src/domain/eventVersions';
import { foldWard } from '../../../src/domain/ward';
import { lockSession } from '../../../src/db/session';
import released from './dexieSchema.snapshot.json';
import { HISTORY } from './schemaHistory';
import { installFrozenVersion } from './schemaHistory/install';

afterEach(() => lockSession());

const NEVER_EDIT =
  'A released Dexie version was edited or removed in src/db/db.ts: add a new version; never edit a released one (tablets that have it will not run the change).';
const NEW_VERSION =
  'A new Dexie version: add it at the end of tests/unit/db/dexieSchema.snapshot.json and freeze a database of it in tests/unit/db/schemaHistory.';

const FROZEN_EACH =
  'Every Dexie version needs a frozen database in tests/unit/db/schemaHistory, with the stores it declared (and a released one is never edited).';

const declared = () =>
  DEXIE_VERSIONS.map(({ version, stores, upgrade }) => ({
    version,
    stores,
    upgrade: upgrade !== undefined,
  }));

describe('Dexie schema history', () => {
  it('keeps every released version as it was (snapshot)', () => {
    expect(declared().slice(0, released.length), NEVER_EDIT).toEqual(released);
    expect(declared().length, NEW_VERSION).toBe(released.length);
  });

  it('has a frozen database of every version, with the stores it declared', () => {
    const frozen = HISTORY.map(({ version, stores }) => ({ version, stores }));
    const current = DEXIE_VERSIONS.map(({ version, stores }) => ({ version, stores }));
    expect(frozen, FROZEN_EACH).toEqual(current);
  });
});

/**
 * The rows of a frozen version as a later version reads them: what each later upgrade adds,
 * in clear, and nothing else. Version 4 gives each ward-level event its `wardType`.
 */
function upgradedRows(from: number, table: string, rows: readonly unknown[]): unknown[] {
  if (table !== 'events') return [...rows];
  return rows.map((row) => {
    const indexed =
      from < 4 && Reflect.get(Object(row), 'patientId') === null
        ? { ...Object(row), wardType: Reflect.get(Object(row), 'type') }
        : row;
    return readAsToday(indexed);
  });
}

/** An event row as the read path hands it out: at the current version of its payload. */
function readAsToday(row: unknown): unknown {
  const event = {
    ...Object(row),
    type: String(Reflect.get(Object(row), 'type')),
    payload: Reflect.get(Object(row), 'payload'),
  };
  const upgraded = upgradeEvent(event);
  return upgraded.readable && upgraded.event !== event ? upgraded.event : row;
}

/** The patients and lastVitals projections, in key order. */
const projections = async () => ({
  patients: await db.patients.toArray(),
  lastVitals: await db.lastVitals.toArray(),
});

/** A key record from before `check` existed gets one at the first unlock; nothing else moves. */
const afterUnlock = (rows: readonly unknown[] = []) =>
  rows.map((row) => {
    const value: unknown = typeof row === 'object' && row ? Reflect.get(row, 'value') : null;
    const oldRecord =
      Reflect.get(Object(row), 'key') === 'keyRecord' && !('check' in Object(value));
    return oldRecord
      ? { key: 'keyRecord', value: { ...Object(value), check: expect.any(String) } }
      : row;
  });

describe('an old database, upgraded to the current version', () => {
  it.each(HISTORY.map((frozen, i) => [frozen.version, HISTORY.slice(0, i + 1)] as const))(
    'from version %i: every row is still there, readable with the same passphrase',
    async (_version, history) => {
      const last = history[history.length - 1];
      if (!last) throw new Error('empty history');
      await installFrozenVersion(history, last);
      expect(db.verno).toBe(DEXIE_VERSIONS[DEXIE_VERSIONS.length - 1]?.version);
      expect(await unlockWard(last.passphrase)).toEqual({ ok: true });

      for (const [table, rows] of Object.entries(last.rows)) {
        const read: unknown[] = await db.table(table).toArray();
        expect(read.filter(isDamaged), table).toEqual([]);
        if (table !== 'local') expect(read, table).toEqual(upgradedRows(last.version, table, rows));
      }
      // The wrong-tries counter may come and go; every other device value stays.
      const local = (await db.local.toArray()).filter((row) => row.key !== 'unlockFailures');
      expect(local, 'local').toEqual(afterUnlock(last.rows.local));
      // Tables added since start empty: none of them may need an upgrade function.
      for (const table of db.tables.filter((t) => !(t.name in last.rows))) {
        expect(await table.count(), table.name).toBe(0);
      }
    },
  );

  it.each(HISTORY.map((frozen, i) => [frozen.version, HISTORY.slice(0, i + 1)] as const))(
    'from version %i: the projections equal a rebuild from the log',
    async (_version, history) => {
      const last = history[history.length - 1];
      if (!last) throw new Error('empty history');
      await installFrozenVersion(history, last);
      expect(await unlockWard(last.passphrase)).toEqual({ ok: true });
      const upgraded = await projections();
      expect(upgraded.patients.length).toBeGreaterThan(0);
      expect(await rebuildProjections()).toEqual([]);
      expect(await projections()).toEqual(upgraded);
    },
  );

  it.each(HISTORY.map((frozen, i) => [frozen.version, HISTORY.slice(0, i + 1)] as const))(
    "from version %i: the ward's own reads find every ward-level event (wardType)",
    async (_version, history) => {
      const last = history[history.length - 1];
      if (!last) throw new Error('empty history');
      await installFrozenVersion(history, last);
      expect(await unlockWard(last.passphrase)).toEqual({ ok: true });
      const wardLevel = intact(await db.events.toArray())
        .filter((event) => event.patientId === null)
        .sort((a, b) => a.atMs - b.atMs || (a.id < b.id ? -1 : 1));
      expect(wardLevel.length).toBeGreaterThan(0);
      expect(await readWard()).toEqual(foldWard(wardLevel));
      expect(await readBeds()).toEqual(foldBeds(wardLevel));
      const notes = wardLevel.filter((event) => event.type === 'note.written').reverse();
      expect(await readWardNotes(50)).toEqual(notes);
    },
  );
});
