import { describe, expect, it } from 'vitest';
import { openWire, toWire } from '../../../src/db/wire';
import type { WardEvent } from '../../../src/domain/events';
import type { DeviceId, PatientId, WardId } from '../../../src/domain/ids';
import { alice, chart, paris } from '../domain/chartFixtures';

const newKey = () =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

/** A note as a tablet of ward W would write it (real UUIDs, so the schema accepts it). */
function note(): WardEvent<'note.written'> {
  return {
    ...chart('note.written', { text: 'Chute dans la chambre 12' }, paris('2026-12-01T08:00')),
    wardId: '0193a0e4-1c2d-7e3f-8a9b-0000000000aa' as WardId,
    patientId: '0193a0e4-1c2d-7e3f-8a9b-0000000000bb' as PatientId,
    deviceId: '0193a0e4-1c2d-7e3f-8a9b-0000000000cc' as DeviceId,
    author: alice,
    v: 1,
  };
}

function flipped(text: string): string {
  const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return btoa(String.fromCharCode(...bytes));
}

describe('wire events', () => {
  it('round trip: sealed with the ward key, opened to the same event; the text is not in clear', async () => {
    const key = await newKey();
    const event = note();
    const wire = await toWire(event, key);
    expect(JSON.stringify(wire)).not.toContain('Chute');
    expect(JSON.stringify(wire)).not.toContain('Alice');
    expect(await openWire(JSON.parse(JSON.stringify(wire)), key)).toEqual({ ok: true, event });
  });

  it('a flipped byte, another key, or a ciphertext moved to another event is refused as tampered', async () => {
    const key = await newKey();
    const wire = await toWire(note(), key);
    const other = await toWire(note(), key);
    const cases = [
      { ...wire, payload: { ...wire.payload, ct: flipped(wire.payload.ct) } },
      { ...wire, author: other.author },
    ];
    for (const input of cases) {
      expect(await openWire(input, key)).toMatchObject({
        ok: false,
        reason: 'tampered',
        id: wire.id,
      });
    }
    expect(await openWire(wire, await newKey())).toMatchObject({ ok: false, reason: 'tampered' });
  });

  it('not an event, or an event whose content fails its schema, is refused and says why', async () => {
    const key = await newKey();
    expect(await openWire('bonjour', key)).toMatchObject({ ok: false, reason: 'shape', id: null });
    const wire = await toWire(note(), key);
    expect(await openWire({ ...wire, payload: 1 }, key)).toMatchObject({ reason: 'shape' });
    // Sealed correctly by a faulty or newer app: the content, not the seal, is wrong.
    const bad = await toWire(Object.assign(note(), { payload: { text: 42 } }), key);
    expect(await openWire(bad, key)).toMatchObject({ ok: false, reason: 'schema' });
  });
});
