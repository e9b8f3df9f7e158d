import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, validateEvent } from '../../../src/domain/events';
import { EVENT_VERSIONS } from '../../../src/domain/eventVersions';
import {
  fixturePath,
  freezeSchema,
  frozenEvent,
  frozenFiles,
  frozenSchema,
  hasFixture,
  payloadJsonSchema,
} from './frozenEvents/frozen';

/**
 * Every released version of every event type is frozen here, and read by today's app.
 * Adding a type (or a version): write `frozenEvents/v<N>/<type>.json` (a realistic event as
 * stored), then run this file once with FREEZE_EVENT_SCHEMAS=1 to freeze its payload schema.
 */
const versions = EVENT_TYPES.flatMap((type) =>
  Array.from({ length: EVENT_VERSIONS[type] }, (_, i) => ({ type, v: i + 1 })),
);

if (process.env.FREEZE_EVENT_SCHEMAS) {
  for (const type of EVENT_TYPES) freezeSchema(type, EVENT_VERSIONS[type]);
}

describe('frozen events', () => {
  it.each(versions)('$type has a frozen event at version $v', ({ type, v }) => {
    expect(hasFixture(type, v), `missing ${fixturePath(type, v)}`).toBe(true);
  });

  it('holds no file of a type or version this app never released', () => {
    const unknown = frozenFiles().filter(
      ({ type, v }) => !versions.some((known) => known.type === type && known.v === v),
    );
    expect(unknown).toEqual([]);
  });

  it.each(versions)('$type v$v is upgraded and valid at the current version', ({ type, v }) => {
    const stored = frozenEvent(type, v);
    expect(stored.type).toBe(type);
    expect(stored.v ?? 1).toBe(v);
    const read = validateEvent(stored);
    expect(read.v).toBe(EVENT_VERSIONS[type]);
    // Read as today's app reads it, and written back by it: the same event.
    expect(validateEvent(read)).toEqual(read);
  });

  it.each(EVENT_TYPES)('%s: its payload schema is the one frozen for its version', (type) => {
    const v = EVENT_VERSIONS[type];
    const frozen = frozenSchema(type, v);
    const advice =
      frozen === undefined
        ? `no frozen schema for ${type} v${v}: run this test with FREEZE_EVENT_SCHEMAS=1`
        : `the payload schema of ${type} changed but its version did not: add version ${v + 1} ` +
          `of ${type} (EVENT_VERSIONS), an upcaster from v${v} (UPCASTERS in ` +
          `src/domain/eventVersions.ts), and a frozen fixture frozenEvents/v${v + 1}/${type}.json, ` +
          `then freeze its schema (FREEZE_EVENT_SCHEMAS=1). Never edit a released version.`;
    expect(payloadJsonSchema(type), advice).toEqual(frozen);
  });
});
