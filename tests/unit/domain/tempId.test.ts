import { describe, expect, it } from 'vitest';
import {
  generateTempId,
  isTempId,
  normaliseTempId,
  TEMP_ID_RANDOM_RANGE,
  tempIdSchema,
} from '../../../src/domain/tempId';
import { schemaIssues } from './validationHelpers';

const DEVICE_A = '0193a0e4-1c2d-7e3f-8a9b-0c1d2e3f4a5b';
const DEVICE_B = '0193a0e4-1c2d-7e3f-8a9b-0c1d2e3f4a5c';
const SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const FORMAT = /^TMP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/;

/** Deterministic stand-in for crypto.getRandomValues (mulberry32). */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % TEMP_ID_RANDOM_RANGE;
  };
}

/** A tablet as the app drives it: draws, and redraws an id it already knows. */
function simulateDevice(deviceId: string, seed: number, count: number): string[] {
  const draw = seededRandom(seed);
  const known = new Set<string>();
  while (known.size < count) known.add(generateTempId(deviceId, draw()));
  return [...known];
}

const positionsOfSymbols = (id: string) =>
  [...id].flatMap((char, index) => (char === '-' || index < 4 ? [] : [index]));

describe('generateTempId', () => {
  it('reads TMP, a device part, a random part and a check symbol, in Crockford base 32', () => {
    const id = generateTempId(DEVICE_A, 0);
    expect(id).toMatch(FORMAT);
    expect(generateTempId(DEVICE_A, TEMP_ID_RANDOM_RANGE - 1)).toMatch(FORMAT);
  });

  it('is deterministic: same device and random value, same id', () => {
    expect(generateTempId(DEVICE_A, 777)).toBe(generateTempId(DEVICE_A, 777));
  });

  it('shares the device part on one tablet and differs on another for the same random value', () => {
    const a1 = generateTempId(DEVICE_A, 1);
    const a2 = generateTempId(DEVICE_A, 2);
    const b1 = generateTempId(DEVICE_B, 1);
    expect(a1.slice(0, 8)).toBe(a2.slice(0, 8));
    expect(a1.slice(9)).not.toBe(a2.slice(9));
    expect(b1.slice(0, 8)).not.toBe(a1.slice(0, 8));
  });

  it('encodes the random value in the random part (0 and the maximum)', () => {
    expect(generateTempId(DEVICE_A, 0).slice(9, 13)).toBe('0000');
    expect(generateTempId(DEVICE_A, TEMP_ID_RANDOM_RANGE - 1).slice(9, 13)).toBe('ZZZZ');
  });

  it.each([-1, TEMP_ID_RANDOM_RANGE, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses the random value %s',
    (random) => {
      expect(() => generateTempId(DEVICE_A, random)).toThrow(RangeError);
    },
  );

  it('refuses an empty device id', () => {
    expect(() => generateTempId('', 1)).toThrow(RangeError);
  });
});

describe('uniqueness across tablets with no coordination', () => {
  it('gives no collision between 20,000 ids on each of two tablets, all recognised', () => {
    const a = simulateDevice(DEVICE_A, 1, 20_000);
    const b = simulateDevice(DEVICE_B, 2, 20_000);
    const all = new Set([...a, ...b]);
    expect(all.size).toBe(40_000);
    expect([...all].every(isTempId)).toBe(true);
  });

  it('gives no collision even when both tablets draw the very same random values', () => {
    const a = simulateDevice(DEVICE_A, 7, 5_000);
    const b = simulateDevice(DEVICE_B, 7, 5_000);
    expect(new Set([...a, ...b]).size).toBe(10_000);
  });

  it('spreads 200 tablets over distinct device parts', () => {
    const parts = Array.from({ length: 200 }, (_, index) =>
      generateTempId(`0193a0e4-1c2d-7e3f-8a9b-${String(index).padStart(12, '0')}`, 0).slice(4, 8),
    );
    expect(new Set(parts).size).toBe(200);
  });
});

describe('recognising a temporary identifier', () => {
  const ids = simulateDevice(DEVICE_A, 3, 50);
  const id = ids[0] ?? '';

  it('recognises an id as generated', () => {
    expect(ids.every(isTempId)).toBe(true);
    expect(normaliseTempId(id)).toBe(id);
  });

  it('recognises it typed in lower case, with spaces or without hyphens', () => {
    expect(normaliseTempId(id.toLowerCase())).toBe(id);
    expect(normaliseTempId(id.replace(/-/g, ' '))).toBe(id);
    expect(normaliseTempId(id.replace(/-/g, ''))).toBe(id);
    expect(normaliseTempId(` ${id} `)).toBe(id);
  });

  it('reads a handwritten O as 0 and I or L as 1', () => {
    const withZero = ids.find((candidate) => candidate.slice(4).includes('0')) ?? '';
    const withOne = ids.find((candidate) => candidate.slice(4).includes('1')) ?? '';
    expect(normaliseTempId(`TMP${withZero.slice(3).replace(/0/g, 'O')}`)).toBe(withZero);
    expect(normaliseTempId(`TMP${withOne.slice(3).replace(/1/g, 'I')}`)).toBe(withOne);
    expect(normaliseTempId(`TMP${withOne.slice(3).replace(/1/g, 'l')}`)).toBe(withOne);
  });

  it('catches every single wrong symbol', () => {
    for (const candidate of ids.slice(0, 10)) {
      for (const index of positionsOfSymbols(candidate)) {
        for (const symbol of SYMBOLS) {
          if (symbol === candidate[index]) continue;
          const typo = candidate.slice(0, index) + symbol + candidate.slice(index + 1);
          expect(isTempId(typo), typo).toBe(false);
        }
      }
    }
  });

  it('catches every swap of two neighbouring symbols, check symbol included', () => {
    for (const candidate of ids) {
      const symbols = candidate.slice(4).replace(/-/g, '');
      for (let index = 0; index + 1 < symbols.length; index += 1) {
        if (symbols[index] === symbols[index + 1]) continue;
        const swapped =
          symbols.slice(0, index) +
          (symbols[index + 1] ?? '') +
          (symbols[index] ?? '') +
          symbols.slice(index + 2);
        expect(isTempId(`TMP${swapped}`), swapped).toBe(false);
      }
    }
  });

  it.each([
    '12345678',
    'TMP-',
    'TMP',
    'TMP-0000-0000',
    'TMP-0000-0000-1',
    'TMP-0000-0000-00',
    'TPM-0000-0000-0',
    'TMP-UUUU-0000-0',
    'TMP-00#0-0000-0',
    '',
  ])('does not recognise %s', (text) => {
    expect(isTempId(text)).toBe(false);
    expect(normaliseTempId(text)).toBeUndefined();
  });

  it('does not recognise a value that is not text', () => {
    for (const value of [undefined, null, 12345678, {}]) expect(isTempId(value)).toBe(false);
  });

  it('tells apart the bare symbols of an id from an id with its prefix', () => {
    expect(isTempId(id.slice(4))).toBe(false);
  });
});

describe('tempIdSchema', () => {
  it('stores the canonical form', () => {
    const id = generateTempId(DEVICE_B, 4242);
    expect(tempIdSchema.parse(` ${id.toLowerCase().replace(/-/g, '')} `)).toBe(id);
  });

  it('refuses what is not one, and a missing one as required', () => {
    expect(schemaIssues(tempIdSchema, 'TMP-0000-0000-1')).toEqual([
      { path: '', code: 'invalidTempId' },
    ]);
    expect(schemaIssues(tempIdSchema, 42)).toEqual([{ path: '', code: 'invalidTempId' }]);
    expect(schemaIssues(tempIdSchema, undefined)).toEqual([{ path: '', code: 'required' }]);
    expect(schemaIssues(tempIdSchema, ' ')).toEqual([{ path: '', code: 'required' }]);
  });
});
