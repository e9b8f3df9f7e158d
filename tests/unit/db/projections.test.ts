import { beforeEach, describe, expect, it } from 'vitest';
import { appendEvent, voidEvent } from '../../../src/db/append';
import { db } from '../../../src/db/db';
import { rebuildProjections } from '../../../src/db/projections';
import type { EventId, PatientId } from '../../../src/domain/ids';
import { newId } from '../../../src/domain/ids';
import { toIsoWithOffset } from '../../../src/domain/time';
import { HEADER_TYPES } from '../../../src/domain/patient';
import { generateTempId } from '../../../src/domain/tempId';
import { freshWard, identity } from './fixtures';
import { admission } from './patientFixtures';

beforeEach(freshWard);

/** A small deterministic generator, so a failing sequence can be replayed from its seed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const BEDS = [0, 1, 2, 3].map((i) => `0193a0e4-1c2d-7e3f-8a9b-0c1d2e3f4a5${i}`) as [
  string,
  string,
  string,
  string,
];
const TEMP_IDS = [generateTempId('device-a', 1), generateTempId('device-b', 2)];

const FULL_SET = {
  respiratoryRate: 18,
  spo2: 96,
  onOxygen: false,
  systolicBp: 128,
  pulse: 82,
  consciousness: 'A' as const,
  temperature: 37.2,
};

/** Every header event type, with payloads that vary the optional parts. */
function randomDraft(pick: <T>(list: T[]) => T) {
  const kinds = [
    ...['admit', 'admit', 'move', 'move', 'discharge', 'update', 'link', 'note'],
    ...['vitals', 'vitals', 'vitals'],
  ];
  switch (pick(kinds)) {
    case 'admit':
      return {
        type: 'patient.admitted' as const,
        payload: admission(pick(['DURAND', 'PETIT', 'ROUX']), {
          identity: {
            ...identity(pick(['DURAND', 'PETIT'])),
            ...pick([{ ipp: '12345678' }, { tempId: pick(TEMP_IDS) }]),
            usedName: pick([undefined, 'MARTIN']),
          },
          bedId: pick([undefined, ...BEDS]),
          weightKg: pick([undefined, 72.5]),
          allergies: pick([
            { status: 'noneKnown' },
            { status: 'known', items: [{ substance: 'Pénicilline', severity: 'severe' }] },
          ]),
        }),
      };
    case 'move':
      return { type: 'patient.moved' as const, payload: { bedId: pick(BEDS) } };
    case 'discharge':
      return {
        type: 'patient.discharged' as const,
        payload: { destination: pick(['home', 'death'] as const), detail: pick(['', 'EHPAD']) },
      };
    case 'update':
      return {
        type: 'patient.updated' as const,
        payload: {
          identity: pick([undefined, { usedName: pick(['A', 'B']) }, { birthName: 'ROUX' }]),
          clinical: pick([
            undefined,
            { diet: 'Sans sel' },
            { isolation: ['contact' as const] },
            { spo2Scale: pick([1, 2] as const) },
          ]),
          cleared: pick([undefined, ['usedName' as const], ['diet' as const, 'weightKg' as const]]),
          reason: 'Correction',
        },
      };
    case 'link':
      return {
        type: 'patient.identifierLinked' as const,
        payload: { tempId: pick(TEMP_IDS), ipp: pick(['87654321', '11223344']) },
      };
    case 'vitals':
      // Full sets (they count for the board) and partial ones (they do not).
      return {
        type: 'vitals.recorded' as const,
        payload: pick([
          FULL_SET,
          {
            ...FULL_SET,
            pulse: pick([55, 120]),
            onOxygen: true,
            oxygenDevice: 'venturi' as const,
            oxygenPercent: 28,
          },
          { temperature: pick([36.5, 39.2]) },
          { ...FULL_SET, consciousness: undefined },
        ]),
      };
    default:
      return { type: 'note.written' as const, payload: { text: 'n' } };
  }
}

async function randomHistory(seed: number, steps: number) {
  const rnd = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const patients = Array.from({ length: 4 }, () => newId<PatientId>());
  const written: EventId[] = [];
  const base = Date.parse('2026-03-28T12:00:00Z');
  for (let i = 0; i < steps; i++) {
    // Bedside times are shuffled across a DST change: late entries arrive out of order.
    const at = toIsoWithOffset(new Date(base + Math.floor(rnd() * 48) * 3600_000));
    const patientId = pick(patients);
    const event =
      rnd() < 0.12 && written.length > 0
        ? await voidEvent(pick(written), 'Erreur')
        : await appendEvent({ ...randomDraft(pick), patientId, at });
    written.push(event.id);
  }
}

const snapshot = async () => ({
  patients: (await db.patients.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1)),
  lastVitals: (await db.lastVitals.toArray()).sort((a, b) => (a.patientId < b.patientId ? -1 : 1)),
});

describe('patients projection', () => {
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))(
    'equals a rebuild from the log after a random history (seed %i)',
    async (seed) => {
      await randomHistory(seed, 60);
      const types = new Set<string>((await db.events.toArray()).map((e) => e.type));
      const covered = [...HEADER_TYPES, 'event.voided', 'vitals.recorded'];
      expect(covered.filter((t) => !types.has(t))).toEqual([]);
      const incremental = await snapshot();
      expect(incremental.patients.length).toBeGreaterThan(0);
      expect(incremental.lastVitals.length).toBeGreaterThan(0);
      await rebuildProjections();
      expect(await snapshot()).toEqual(incremental);
    },
  );

  it('applies a late entry in bedside order, not in arrival order', async () => {
    const patientId = newId<PatientId>();
    const at = (h: number) => `2026-11-29T${String(h).padStart(2, '0')}:00:00.000+01:00`;
    await appendEvent({
      type: 'patient.admitted',
      patientId,
      at: at(8),
      payload: admission('DURAND', { bedId: BEDS[0] }),
    });
    await appendEvent({
      type: 'patient.moved',
      patientId,
      at: at(12),
      payload: { bedId: BEDS[1] },
    });
    await appendEvent({
      type: 'patient.moved',
      patientId,
      at: at(10),
      payload: { bedId: BEDS[2] },
    });
    expect((await db.patients.get(patientId))?.bed).toBe(BEDS[1]);
  });
});
