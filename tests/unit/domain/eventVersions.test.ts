import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, validateEvent } from '../../../src/domain/events';
import {
  EVENT_VERSIONS,
  RELEASED_VERSIONS,
  upgradeEvent,
  type VersionTable,
} from '../../../src/domain/eventVersions';
import { ValidationError } from '../../../src/domain/validation';
import { frozenEvent } from './frozenEvents/frozen';

/**
 * A test-only history of a type: v1 `{ text }`, v2 `{ body }` (renamed), v3 `{ body, lang }`
 * (a field added with its default). Each step sees only the version before it.
 */
const TEST_TABLE: VersionTable = {
  current: { 'demo.noted': 3 },
  upcasters: {
    'demo.noted': [
      (p) => ({ body: (p as { text: string }).text }),
      (p) => ({ ...(p as { body: string }), lang: 'fr' }),
    ],
  },
};

describe('upgradeEvent', () => {
  it('takes an event of every earlier version through each upcaster in order', () => {
    const v1 = { type: 'demo.noted', payload: { text: 'Chute' } };
    const v2 = { type: 'demo.noted', v: 2, payload: { body: 'Chute' } };
    const v3 = { type: 'demo.noted', v: 3, payload: { body: 'Chute', lang: 'fr' } };
    for (const event of [v1, { ...v1, v: 1 }, v2]) {
      expect(upgradeEvent(event, TEST_TABLE)).toEqual({ readable: true, event: v3 });
    }
  });

  it('never changes the event it was given (the log is not rewritten)', () => {
    const v1 = { type: 'demo.noted', payload: { text: 'Chute' } };
    const before = structuredClone(v1);
    upgradeEvent(v1, TEST_TABLE);
    expect(v1).toEqual(before);
  });

  it('returns an event already at the current version as it is', () => {
    const v3 = { type: 'demo.noted', v: 3, payload: { body: 'x', lang: 'en' } };
    const result = upgradeEvent(v3, TEST_TABLE);
    expect(result.readable && result.event).toBe(v3);
  });

  it('says an event is newer than this app, or of a type it does not know', () => {
    expect(upgradeEvent({ type: 'demo.noted', v: 4, payload: {} }, TEST_TABLE)).toEqual({
      readable: false,
      reason: 'newerVersion',
      v: 4,
    });
    expect(upgradeEvent({ type: 'device.named', payload: {} }, TEST_TABLE)).toEqual({
      readable: false,
      reason: 'unknownType',
      v: 1,
    });
    expect(upgradeEvent({ type: 'constructor', payload: {} }, TEST_TABLE)).toMatchObject({
      reason: 'unknownType',
    });
    expect(upgradeEvent({ type: 'demo.noted', v: 0, payload: {} }, TEST_TABLE)).toMatchObject({
      readable: false,
      reason: 'invalidVersion',
    });
  });

  it('fails loudly on a gap in the chain (a bug of the app, not of the data)', () => {
    const gap: VersionTable = { current: { 'demo.noted': 3 }, upcasters: { 'demo.noted': [] } };
    expect(() => upgradeEvent({ type: 'demo.noted', payload: {} }, gap)).toThrow(/upcaster/);
  });
});

describe('the released versions', () => {
  it('give every event type a version, and exactly one upcaster per version after the first', () => {
    expect(Object.keys(EVENT_VERSIONS).sort()).toEqual([...EVENT_TYPES].sort());
    for (const type of EVENT_TYPES) {
      expect(RELEASED_VERSIONS.upcasters[type] ?? [], type).toHaveLength(EVENT_VERSIONS[type] - 1);
    }
  });

  it('validateEvent reads an event without a version as version 1, and refuses a newer one', () => {
    const stored = frozenEvent('note.written', 1);
    const unversioned = { ...stored, v: undefined };
    expect(validateEvent(unversioned).payload).toEqual(stored.payload);
    const newer = { ...stored, v: EVENT_VERSIONS['note.written'] + 1 };
    expect(() => validateEvent(newer)).toThrow(ValidationError);
    try {
      validateEvent(newer);
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([{ path: 'v', code: 'newerVersion' }]);
    }
  });
});
