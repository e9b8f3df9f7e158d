import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appendEvent } from '../../../src/db/append';
import { db } from '../../../src/db/db';
import { attempt, toFailure } from '../../../src/db/errors';
import { freshWard } from './fixtures';
import { admission } from './patientFixtures';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

beforeEach(freshWard);
afterEach(() => vi.restoreAllMocks());

describe('storage failures', () => {
  it('recognises a quota error, bare or wrapped by Dexie', () => {
    expect(toFailure(quota())).toEqual({ kind: 'quota' });
    expect(toFailure(new Dexie.AbortError('Transaction aborted', quota()))).toEqual({
      kind: 'quota',
    });
  });

  it('reports an unknown storage error with its detail instead of swallowing it', () => {
    const failure = toFailure(new Dexie.DatabaseClosedError('closed'));
    expect(failure).toEqual({
      kind: 'storage',
      detail: expect.stringContaining('DatabaseClosedError'),
    });
  });

  it('reports a full disk during an append, and nothing is half written', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = await db.events.count();
    // The projection's write fails, whichever way the batch fold writes it (db/batchRows.ts).
    vi.spyOn(db.patients, 'put').mockRejectedValue(new Dexie.AbortError('aborted', quota()));
    vi.spyOn(db.patients, 'bulkPut').mockRejectedValue(new Dexie.AbortError('aborted', quota()));
    const result = await attempt(() =>
      appendEvent({
        type: 'patient.admitted',
        patientId: '01a2288a-472e-7019-8005-506ad1acecc5' as never,
        payload: admission('DURAND'),
      }),
    );
    expect(result).toEqual({ ok: false, failure: { kind: 'quota' } });
    expect(await db.events.count()).toBe(before);
  });
});
