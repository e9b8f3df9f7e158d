import { beforeEach, describe, expect, it } from 'vitest';
import { appendEvent, voidEvent } from '../../../src/db/append';
import { db } from '../../../src/db/db';
import { rebuildProjections } from '../../../src/db/projections';
import type { EventId, PatientId } from '../../../src/domain/ids';
import { newId } from '../../../src/domain/ids';
import { toIsoWithOffset } from '../../../src/domain/time';
import { freshWard, identity } from './fixtures';

beforeEach(freshWard);

/** A small deterministic generator, so a failing sequence can be replayed from its seed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
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
    const roll = rnd();
    const event =
      roll < 0.3
        ? await appendEvent({
            type: 'patient.admitted',
            patientId,
            at,
            payload: {
              identity: identity(pick(['DURAND', 'PETIT', 'ROUX'])),
              bed: pick(['1', '2']),
            },
          })
        : roll < 0.5
          ? await appendEvent({
              type: 'patient.moved',
              patientId,
              at,
              payload: { bed: pick(['3', '4']) },
            })
          : roll < 0.6
            ? await appendEvent({ type: 'patient.discharged', patientId, at, payload: {} })
            : roll < 0.75
              ? await appendEvent({
                  type: 'patient.updated',
                  patientId,
                  at,
                  payload: { identity: { usedName: pick(['A', 'B']) }, reason: 'Correction' },
                })
              : roll < 0.85 && written.length > 0
                ? await voidEvent(pick(written), 'Erreur')
                : await appendEvent({
                    type: 'note.written',
                    patientId,
                    at,
                    payload: { text: 'n' },
                  });
    written.push(event.id);
  }
}

const snapshot = async () => (await db.patients.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));

describe('patients projection', () => {
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))(
    'equals a rebuild from the log after a random history (seed %i)',
    async (seed) => {
      await randomHistory(seed, 60);
      const incremental = await snapshot();
      expect(incremental.length).toBeGreaterThan(0);
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
      payload: { identity: identity('DURAND'), bed: '1' },
    });
    await appendEvent({ type: 'patient.moved', patientId, at: at(12), payload: { bed: '5' } });
    await appendEvent({ type: 'patient.moved', patientId, at: at(10), payload: { bed: '3' } });
    expect((await db.patients.get(patientId))?.bed).toBe('5');
  });
});
