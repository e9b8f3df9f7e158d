import { beforeEach, describe, expect, it } from 'vitest';
import { getLocal } from '../../../src/db/local';
import {
  importWardFile,
  joinWardFile,
  makeWardFile,
  WardFileError,
  type WardFileErrorCode,
} from '../../../src/db/wardFile';
import type { WardEvent } from '../../../src/domain/events';
import { newId, type PatientId } from '../../../src/domain/ids';
import { freshWard, PASSPHRASE } from './fixtures';
import {
  demoEvents,
  emptyTablet,
  fileOf,
  recordDemo,
  tabletState,
  unlockedState,
  wiresOf,
  withFlippedPayload,
} from './wardFileFixtures';

beforeEach(freshWard);

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** The import fails with `code`, and nothing stored has changed. */
async function refused(file: Blob, code: WardFileErrorCode) {
  const before = await tabletState();
  const error: unknown = await importWardFile(file).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(WardFileError);
  expect(error).toMatchObject({ code });
  expect(await tabletState()).toEqual(before);
}

describe('a ward file that cannot be imported: said, and nothing changes', () => {
  it('an empty file', async () => {
    await recordDemo(1);
    await refused(new Blob([]), 'empty');
  });

  it('random bytes, small or 50 MB (only the first bytes are read)', async () => {
    await recordDemo(1);
    const random = new Uint8Array(4096);
    crypto.getRandomValues(random);
    await refused(new Blob([random]), 'notWardFile');
    await refused(new Blob([new Uint8Array(50 * 1024 * 1024).fill(0x5a)]), 'notWardFile');
  });

  it('a truncated file, cut anywhere', async () => {
    await recordDemo(1);
    const made = await bytesOf((await makeWardFile()).blob);
    for (const cut of [9, 14, 40, 300, Math.floor(made.length / 2), made.length - 1]) {
      await refused(new Blob([made.slice(0, cut)]), 'truncated');
    }
  });

  it('a frame cut off at its boundary (the last frame missing) is truncated', async () => {
    await recordDemo(2);
    const made = await makeWardFile();
    const bytes = await bytesOf(made.blob);
    expect(made.events).toBeGreaterThan(1000); // several frames
    // The first frame starts after prefix + header + seal; its length is in its prefix.
    const headerEnd = 14 + new DataView(bytes.buffer).getUint32(10);
    const frame0 = headerEnd + 28;
    const frame1 = frame0 + 5 + new DataView(bytes.buffer).getUint32(frame0 + 1);
    await refused(new Blob([bytes.slice(0, frame1)]), 'truncated');
  });

  it('an unknown format version', async () => {
    await recordDemo(1);
    const bytes = await bytesOf((await makeWardFile()).blob);
    new DataView(bytes.buffer).setUint16(8, 2);
    await refused(new Blob([bytes]), 'unknownVersion');
  });

  it('a file of another ward', async () => {
    const other = (await makeWardFile()).blob;
    await freshWard();
    await recordDemo(1);
    await refused(other, 'otherWard');
  });

  it('a flipped byte anywhere in the file is detected (header, seal, frames)', async () => {
    await recordDemo(1);
    const bytes = await bytesOf((await makeWardFile()).blob);
    const positions = [20, 60, 200, 400, 600, 700];
    for (let i = 1; i <= 12; i++) positions.push(Math.floor((bytes.length * i) / 13));
    for (const position of positions) {
      const altered = bytes.slice();
      altered[position] = (altered[position] ?? 0) ^ 0x10;
      const before = await tabletState();
      await expect(importWardFile(new Blob([altered])), `byte ${position}`).rejects.toBeInstanceOf(
        WardFileError,
      );
      expect(await tabletState()).toEqual(before);
    }
  }, 90_000); // 18 imports: 6-25 s on this 2-core machine depending on load

  it('two frames swapped, or a frame of another file, are detected', async () => {
    await recordDemo(2);
    const first = await bytesOf((await makeWardFile()).blob);
    const second = await bytesOf((await makeWardFile()).blob);
    const view = new DataView(first.buffer);
    const frame0 = 14 + view.getUint32(10) + 28;
    const frame1 = frame0 + 5 + view.getUint32(frame0 + 1);
    const frame2 = frame1 + 5 + view.getUint32(frame1 + 1);
    const swapped = new Blob([
      first.slice(0, frame0),
      first.slice(frame1, frame2),
      first.slice(frame0, frame1),
      first.slice(frame2),
    ]);
    await refused(swapped, 'damaged');
    // Same ward, same key, same layout: the other file's first frame in place of this one's.
    const otherView = new DataView(second.buffer);
    const otherFrame0 = 14 + otherView.getUint32(10) + 28;
    const otherFrame1 = otherFrame0 + 5 + otherView.getUint32(otherFrame0 + 1);
    const spliced = new Blob([
      first.slice(0, frame0),
      second.slice(otherFrame0, otherFrame1),
      first.slice(frame1),
    ]);
    await refused(spliced, 'damaged');
  });
});

describe('joining with a ward file', () => {
  it('a wrong passphrase: said, the tablet stays without a ward', async () => {
    await recordDemo(1);
    const made = await makeWardFile();
    await emptyTablet();
    const before = await tabletState();
    await expect(joinWardFile(made.blob, 'pas la bonne phrase')).rejects.toMatchObject({
      code: 'wrongPassphrase',
    });
    expect(await tabletState()).toEqual(before);
    expect(await getLocal('wardId')).toBeUndefined();
  });

  it('a tablet that already holds a ward cannot join another', async () => {
    const made = await makeWardFile();
    await freshWard();
    const before = await tabletState();
    await expect(joinWardFile(made.blob, PASSPHRASE)).rejects.toMatchObject({
      code: 'alreadyWard',
    });
    expect(await tabletState()).toEqual(before);
  });

  it('a damaged file: nothing is kept, not even the key', async () => {
    await recordDemo(1);
    const bytes = await bytesOf((await makeWardFile()).blob);
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 1;
    await emptyTablet();
    const before = await tabletState();
    await expect(joinWardFile(new Blob([bytes]), PASSPHRASE)).rejects.toMatchObject({
      code: 'damaged',
    });
    expect(await tabletState()).toEqual(before);
  });
});

describe('entries refused one by one, inside a well-formed file', () => {
  it("a flipped byte in one event's ciphertext: that event is quarantined, the others merged", async () => {
    const events = await demoEvents(1);
    const wires = await wiresOf(events.slice(0, 200));
    const bad = wires[120];
    if (!bad) throw new Error('no event');
    wires[120] = withFlippedPayload(bad);
    const file = await fileOf(wires);
    const report = await importWardFile(file);
    expect(report).toMatchObject({ added: 199, alreadyPresent: 0, quarantined: 1 });
    const state = await unlockedState();
    expect(state.events.map((e) => e.id)).not.toContain(bad.id);
    expect(state.quarantine).toEqual([
      expect.objectContaining({
        eventId: bad.id,
        reason: 'tampered',
        source: expect.objectContaining({
          fileName: 'releve-medecine-3-2026-12-01-1500.releve',
          deviceId: '01a231e0-c0de-7000-8000-00000000beef',
          createdAt: '2026-12-01T15:00:00.000+01:00',
        }),
      }),
    ]);
    // Importing the same file again adds no second quarantine row and changes nothing.
    const once = await tabletState();
    expect(await importWardFile(file)).toMatchObject({ added: 0, quarantined: 1 });
    expect(await tabletState()).toEqual(once);
  });

  it('an altered id (a clear field bound today) is quarantined, never applied', async () => {
    const events = await recordDemo(1);
    const [wire] = await wiresOf(events.slice(10, 11));
    if (!wire) throw new Error('no event');
    const moved = { ...wire, id: newId() };
    const before = await unlockedState();
    const report = await importWardFile(await fileOf([moved]));
    expect(report).toMatchObject({ added: 0, quarantined: 1 });
    expect((await unlockedState()).events).toEqual(before.events);
  });

  // Issue 14 point 4: every clear field is bound to the ciphertext (db/eventSeal.ts), so an
  // entry moved to another patient or back-dated is refused, and nothing stored changes.
  it('an altered clear field (patient, time) is quarantined, nothing stored changes', async () => {
    const events = await demoEvents(1);
    const target = events.find((e: WardEvent) => e.type === 'vitals.recorded');
    if (!target) throw new Error('no vitals');
    const [wire] = await wiresOf([target]);
    if (!wire) throw new Error('no event');
    const other = newId<PatientId>();
    const before = await unlockedState();
    const report = await importWardFile(
      await fileOf([
        { ...wire, patientId: other },
        { ...wire, at: '2026-11-01T08:00:00.000+01:00' },
      ]),
    );
    expect(report).toMatchObject({ added: 0, quarantined: 2 });
    expect((await unlockedState()).events).toEqual(before.events);
  });
});
