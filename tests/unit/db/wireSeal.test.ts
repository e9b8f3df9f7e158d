import { describe, expect, it } from 'vitest';
import { openWire, toWire, type WireEvent } from '../../../src/db/wire';
import type { WardEvent } from '../../../src/domain/events';
import type { DeviceId, PatientId, WardId } from '../../../src/domain/ids';
import { alice, chart, paris } from '../domain/chartFixtures';

const newKey = () =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

const OTHER = '0193a0e4-1c2d-7e3f-8a9b-0000000000ff';

function note(): WardEvent<'note.targeted'> {
  return {
    ...chart('note.targeted', { target: 'Douleur', data: 'EVA 6' }, paris('2026-12-01T08:00')),
    wardId: '0193a0e4-1c2d-7e3f-8a9b-0000000000aa' as WardId,
    patientId: '0193a0e4-1c2d-7e3f-8a9b-0000000000bb' as PatientId,
    deviceId: '0193a0e4-1c2d-7e3f-8a9b-0000000000cc' as DeviceId,
    author: alice,
    v: 1,
  };
}

/** A file or a hub changes one clear field of an event in transit. */
const ALTERATIONS: [string, (wire: WireEvent) => WireEvent][] = [
  ['patientId moved to another patient', (w) => ({ ...w, patientId: OTHER })],
  ['patientId made ward-level', (w) => ({ ...w, patientId: null })],
  ['type turned into another', (w) => ({ ...w, type: 'note.written' })],
  ['at back-dated', (w) => ({ ...w, at: paris('2026-11-01T08:00') })],
  ['recordedAt back-dated', (w) => ({ ...w, recordedAt: paris('2026-11-01T08:00') })],
  ['wardId changed', (w) => ({ ...w, wardId: OTHER })],
  ['deviceId changed', (w) => ({ ...w, deviceId: OTHER })],
  ['v changed', (w) => ({ ...w, v: 2 })],
  [
    'v removed',
    (w) => Object.fromEntries(Object.entries(w).filter(([k]) => k !== 'v')) as WireEvent,
  ],
];

describe('the clear fields of a wire event are bound to its ciphertexts', () => {
  it.each(ALTERATIONS)('%s: refused as tampered', async (_name, alter) => {
    const key = await newKey();
    const wire = await toWire(note(), key);
    expect(await openWire(alter(wire), key)).toMatchObject({
      ok: false,
      reason: 'tampered',
      id: wire.id,
    });
  });

  it('unaltered, it opens (the control)', async () => {
    const key = await newKey();
    expect(await openWire(await toWire(note(), key), key)).toMatchObject({ ok: true });
  });
});
