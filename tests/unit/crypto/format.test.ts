import { beforeAll, describe, expect, it } from 'vitest';
import { decryptField, encryptField, type FieldContext } from '../../../src/db/crypto';

/**
 * The stored format of a field, pinned: every ward file, hub document and database already
 * written holds it. The fixtures were sealed by fields.ts as of 3d82891 (before the cheaper
 * sealing of 7f3b48e) under the key 00 01 … 1f; the additional data and plaintext below are
 * the format itself (docs/ARCHITECTURE.md, "Lock and encryption at rest").
 */
const hex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex')).buffer;
const utf8 = (text: string) => new TextEncoder().encode(text);

const note: FieldContext = {
  table: 'events',
  primaryKey: 'ev-1',
  field: 'payload',
  bound: {
    scheme: 'releve/event/v2',
    clear: [
      'ward-1',
      null,
      'note.written',
      '2026-12-01T08:00:00+01:00',
      '2026-12-01T08:05:00+01:00',
      'dev-1',
      undefined,
    ],
  },
};
const vitals = {
  scheme: 'releve/event/v2',
  clear: [
    'ward-1',
    'pat-1',
    'vitals.recorded',
    '2026-12-01T08:00:00+01:00',
    '2026-12-01T08:05:00+01:00',
    'dev-1',
    2,
  ],
};
const cases: [string, FieldContext, unknown, string, string, string, string][] = [
  [
    'a ward-level event',
    note,
    { text: 'Inès — 38,7 °C', list: [1, null, true] },
    '["releve/event/v2","events","ev-1",["ward-1",null,"note.written","2026-12-01T08:00:00+01:00","2026-12-01T08:05:00+01:00","dev-1",["u"]],"payload"]',
    '[{"text":"Inès — 38,7 °C","list":[1,null,true]}]',
    'c5563fb692cfa85aeb3c0fce',
    'ac4167a44efc1772c82322ac8cf439a357ca2c45c496c5b8b68dd00d42540cf186210ff2b9cecc83555dcbfd10e9ed1911d8f1b39b24718ea413e56f2d10f673fdb1ff52',
  ],
  [
    "a patient's event",
    { table: 'events', primaryKey: 'ev-2', field: 'payload', bound: vitals },
    { spo2: 97 },
    '["releve/event/v2","events","ev-2",["ward-1","pat-1","vitals.recorded","2026-12-01T08:00:00+01:00","2026-12-01T08:05:00+01:00","dev-1",["n",2]],"payload"]',
    '[{"spo2":97}]',
    '600e46f41946d13eb4a22f1f',
    '3deb0c218a8665443b76e0b3a7163c299e644b5d7155c9d41425cd13e7',
  ],
  [
    'an absent field',
    { table: 'events', primaryKey: 'ev-2', field: 'author', bound: vitals },
    undefined,
    '["releve/event/v2","events","ev-2",["ward-1","pat-1","vitals.recorded","2026-12-01T08:00:00+01:00","2026-12-01T08:05:00+01:00","dev-1",["n",2]],"author"]',
    '[]',
    '2c927d7f747a84b95b5ba416',
    'd31b5e3acb50e7abaa566b950766fbd819b0',
  ],
  [
    'a field bound to its place only',
    { table: 'local', primaryKey: 'hub', field: 'password' },
    'secret',
    '["releve/field/v1","local","hub","password"]',
    '["secret"]',
    '5136a0ef4005b8779ae034f1',
    '789628d7fe6ea5201e4b3632c3ef2574c557833650850f146f76',
  ],
];

let key: CryptoKey;
beforeAll(async () => {
  const raw = new Uint8Array(32).map((_, i) => i);
  key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
});

describe('the stored format of a field', () => {
  it.each(cases)('opens %s sealed before 7f3b48e', async (...row) => {
    const [, context, value, , , iv, ct] = row;
    expect(await decryptField(key, { iv: hex(iv), ct: hex(ct) }, context)).toEqual(value);
  });

  it.each(cases)('seals %s with the same additional data and plaintext', async (...row) => {
    const [, context, value, additionalData, plaintext] = row;
    const sealed = await encryptField(key, value, context);
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv, additionalData: utf8(additionalData) },
      key,
      sealed.ct,
    );
    expect(new TextDecoder().decode(opened)).toBe(plaintext);
  });

  it('binds a record shared by two places to each (the additional data is not reused)', async () => {
    const elsewhere = { ...note, primaryKey: 'ev-9' };
    const sealed = await encryptField(key, 'x', note);
    const moved = await encryptField(key, 'x', elsewhere); // the same `bound` object
    expect(await decryptField(key, moved, elsewhere)).toBe('x');
    await expect(decryptField(key, sealed, elsewhere)).rejects.toMatchObject({
      code: 'tampered-data',
    });
  });
});
