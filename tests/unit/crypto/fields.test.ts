import { beforeAll, describe, expect, it } from 'vitest';
import { decryptField, encryptField, isEncryptedField } from '../../../src/db/crypto';
import { flipByte, newDataKey } from './helpers';

let key: CryptoKey;
beforeAll(async () => {
  key = await newDataKey();
});

const at = { table: 'events', primaryKey: 'ev-1', field: 'payload' };

describe('field encryption', () => {
  it.each([
    ['an object', { text: 'Douleur thoracique', nested: { list: [1, 'deux', null, true] } }],
    ['a string with accents', 'Inès — 38,7 °C'],
    ['a number', 38.7],
    ['null', null],
    ['an empty array', []],
    ['false', false],
  ])('round-trips %s', async (_, value) => {
    const sealed = await encryptField(key, value, at);
    expect(isEncryptedField(sealed)).toBe(true);
    expect(await decryptField(key, sealed, at)).toEqual(value);
  });

  it('keeps an absent field absent (undefined), authenticated like a value', async () => {
    const sealed = await encryptField(key, undefined, at);
    expect(await decryptField(key, sealed, at)).toBeUndefined();
  });

  it('stores compact ArrayBuffers with a fresh 12-byte IV every time', async () => {
    const one = await encryptField(key, { text: 'same' }, at);
    const two = await encryptField(key, { text: 'same' }, at);
    expect(one.iv).toBeInstanceOf(ArrayBuffer);
    expect(one.ct).toBeInstanceOf(ArrayBuffer);
    expect(one.iv.byteLength).toBe(12);
    expect(one.ct.byteLength).toBe('[{"text":"same"}]'.length + 16); // JSON + GCM tag
    expect(new Uint8Array(one.iv)).not.toEqual(new Uint8Array(two.iv));
    expect(new Uint8Array(one.ct)).not.toEqual(new Uint8Array(two.ct));
  });

  it('does not leave the clear text in the ciphertext', async () => {
    const sealed = await encryptField(key, 'DUPONTEL Gertrude', at);
    expect(new TextDecoder().decode(sealed.ct)).not.toContain('DUPONTEL');
  });
});

describe('a ciphertext is bound to its table, record and field', () => {
  const home = { table: 'events', primaryKey: 1, field: 'payload' };
  it.each([
    ['another record', { ...home, primaryKey: 2 }],
    ['another field', { ...home, field: 'author' }],
    ['another table', { ...home, table: 'patients' }],
    ['the same key as a string', { ...home, primaryKey: '1' }],
  ])('fails as tampered-data when moved to %s', async (_, elsewhere) => {
    const sealed = await encryptField(key, { text: 'note de A' }, home);
    expect(await decryptField(key, sealed, home)).toEqual({ text: 'note de A' });
    await expect(decryptField(key, sealed, elsewhere)).rejects.toMatchObject({
      code: 'tampered-data',
      name: 'TamperedDataError',
    });
  });

  it('accepts compound, date and binary primary keys', async () => {
    for (const primaryKey of [['w', 3], new Date(0), new Uint8Array([1, 2]).buffer]) {
      const context = { ...at, primaryKey };
      expect(await decryptField(key, await encryptField(key, 'x', context), context)).toBe('x');
    }
  });
});

describe('tampering', () => {
  it('detects a flipped ciphertext byte, a flipped tag byte and a flipped IV', async () => {
    const sealed = await encryptField(key, { value: 131 }, at);
    const last = sealed.ct.byteLength - 1;
    const ivFlipped = { iv: flipByte({ iv: sealed.iv, ct: sealed.iv }).ct, ct: sealed.ct };
    for (const broken of [flipByte(sealed, 0), flipByte(sealed, last), ivFlipped]) {
      await expect(decryptField(key, broken, at)).rejects.toMatchObject({ code: 'tampered-data' });
    }
  });

  it.each([
    ['clear text in place of a ciphertext', { text: 'planted' }],
    ['a string', 'planted'],
    ['a missing field', undefined],
    ['Uint8Array instead of ArrayBuffer', { iv: new Uint8Array(12), ct: new Uint8Array(40) }],
    ['a truncated ciphertext', { iv: new ArrayBuffer(12), ct: new ArrayBuffer(8) }],
    ['a short IV', { iv: new ArrayBuffer(8), ct: new ArrayBuffer(40) }],
  ])('reports %s as tampered-data', async (_, stored) => {
    await expect(decryptField(key, stored, at)).rejects.toMatchObject({ code: 'tampered-data' });
  });

  it('reports data under another key as tampered-data', async () => {
    const sealed = await encryptField(await newDataKey(), 'x', at);
    await expect(decryptField(key, sealed, at)).rejects.toMatchObject({ code: 'tampered-data' });
  });
});

describe('values that JSON would silently change', () => {
  class Vital {
    value = 1;
  }
  it.each([
    ['a Date', { at: new Date() }],
    ['a Map', new Map([[1, 2]])],
    ['NaN', { spo2: Number.NaN }],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a class instance', { vital: new Vital() }],
    ['undefined inside an array', [1, undefined]],
    ['a function', { f: () => 1 }],
    ['a typed array', { bytes: new Uint8Array(2) }],
    ['a bigint', { count: 1n }],
  ])('refuses %s as invalid-value', async (_, value) => {
    await expect(encryptField(key, value, at)).rejects.toMatchObject({ code: 'invalid-value' });
  });

  it('drops an undefined property, as for any optional field', async () => {
    const sealed = await encryptField(key, { text: 'a', comment: undefined }, at);
    expect(await decryptField(key, sealed, at)).toEqual({ text: 'a' });
  });
});
