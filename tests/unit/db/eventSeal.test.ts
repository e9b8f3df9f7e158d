import { beforeEach, describe, expect, it } from 'vitest';
import { writeTargetedNote } from '../../../src/db/chartWrites';
import { isDamaged } from '../../../src/db/crypto';
import { damagedRecords, intact, resetDamaged } from '../../../src/db/damage';
import { db } from '../../../src/db/db';
import { readPatientChart } from '../../../src/db/chartReads';
import { readWard } from '../../../src/db/ward';
import type { PatientId } from '../../../src/domain/ids';
import { editRawRow } from '../crypto/helpers';
import { freshWard, identity } from './fixtures';
import { admit } from './patientFixtures';

const DETECTED = Date.UTC(2026, 11, 2, 3, 0);
const OTHER = '0193a0e4-1c2d-7e3f-8a9b-0000000000ff';
const EARLIER = '2026-11-01T08:00:00.000+01:00';

beforeEach(async () => {
  await freshWard();
  resetDamaged(() => DETECTED);
});

type Row = Record<string, unknown>;

/** Two patients, and a targeted note on the first, the event an attacker will alter. */
async function ward() {
  const a = await admit();
  const b = await admit({ identity: { ...identity('MARTIN', 'Paul'), ipp: '87654321' } }, 'MARTIN');
  const note = await writeTargetedNote(a, { target: 'Douleur', data: 'EVA 6' });
  return { a, b, note: note.id };
}

/** One bound clear field changed in storage; the derived index fields kept in step with it. */
const ALTERATIONS: [string, (row: Row, b: PatientId) => void][] = [
  ['patientId moved to another patient', (row, b) => (row.patientId = b)],
  ['type turned into another', (row) => (row.type = 'note.written')],
  [
    'at back-dated',
    (row) => {
      row.at = EARLIER;
      row.atMs = Date.parse(EARLIER);
    },
  ],
  ['recordedAt back-dated', (row) => (row.recordedAt = EARLIER)],
  ['wardId changed', (row) => (row.wardId = OTHER)],
  ['deviceId changed', (row) => (row.deviceId = OTHER)],
  ['v changed', (row) => (row.v = 2)],
  ['v removed', (row) => delete row.v],
];

const DERIVED: [string, (row: Row) => void][] = [
  ['atMs moved (index out of step with at)', (row) => (row.atMs = Date.parse(EARLIER))],
  ['wardType added to a patient event', (row) => (row.wardType = 'note.targeted')],
];

describe('the clear fields of a stored event are bound to its ciphertexts', () => {
  it.each([...ALTERATIONS, ...DERIVED])(
    '%s: the event reads as damaged, is listed, and the rest of the ward reads',
    async (_name, alter) => {
      const { a, b, note } = await ward();
      const before = (await db.events.count()) - 1;
      await editRawRow('releve', 'events', note, (row) => alter(row, b));
      expect(isDamaged(await db.events.get(note))).toBe(true);
      expect(damagedRecords().map((r) => r.id)).toEqual([`events:${note}`]);
      expect(intact(await db.events.toArray())).toHaveLength(before);
      expect(await readPatientChart(a)).not.toContainEqual(expect.objectContaining({ id: note }));
      expect((await readPatientChart(b)).length).toBeGreaterThan(0);
      expect(await readWard()).not.toBeNull();
    },
  );

  it('a ward-level event without its wardType (hidden from the ward reads) is damaged', async () => {
    const configured = (await db.events.toArray()).find((e) => e.type === 'ward.configured');
    if (!configured) throw new Error('no ward.configured');
    await editRawRow('releve', 'events', configured.id, (row) => delete row.wardType);
    expect(isDamaged(await db.events.get(configured.id))).toBe(true);
  });

  it('an untouched ward reads whole (the binding holds for what the app writes)', async () => {
    await ward();
    expect((await db.events.toArray()).filter(isDamaged)).toEqual([]);
    expect(damagedRecords()).toEqual([]);
  });
});
