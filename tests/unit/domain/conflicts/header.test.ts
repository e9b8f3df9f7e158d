import { describe, expect, it } from 'vitest';
import { basedOnFor, headerConflicts } from '../../../../src/domain/conflicts/header';
import type { WardEvent } from '../../../../src/domain/events';
import type { DeviceId, EventId } from '../../../../src/domain/ids';
import { admitted, ev } from '../eventFixtures';

type Update = WardEvent<'patient.updated'>['payload'];

const on = <E extends WardEvent>(event: E, device: string): E => ({
  ...event,
  deviceId: device as DeviceId,
});
const edit = (payload: Omit<Update, 'reason'>, at: string, device = 'd1') =>
  on(ev('patient.updated', { reason: 'Vérifié', ...payload }, at), device);
const voided = (target: EventId, at: string) =>
  ev('event.voided', { eventId: target, reason: 'Erreur' }, at);

const admission = admitted('2026-11-29T08:00:00.000+01:00');

describe('header conflicts between tablets (causality, not clocks)', () => {
  it('two edits of one field, neither based on the other, with different values: a conflict', () => {
    const a = edit(
      { clinical: { diet: 'Sans sel' }, basedOn: [] },
      '2026-11-29T10:00:00.000+01:00',
      'A',
    );
    const b = edit(
      { clinical: { diet: 'Mixé' }, basedOn: [] },
      '2026-11-29T10:05:00.000+01:00',
      'B',
    );
    const found = headerConflicts([admission, a, b]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'header', field: 'diet', patientId: 'p1' });
    expect(found[0]?.entries.map((e) => e.id)).toEqual([a.id, b.id]);
  });

  it('sequential edits by two tablets (B based on A) are not a conflict', () => {
    const a = edit(
      { clinical: { diet: 'Sans sel' }, basedOn: [] },
      '2026-11-29T10:00:00.000+01:00',
      'A',
    );
    const b = edit(
      { clinical: { diet: 'Mixé' }, basedOn: [a.id] },
      '2026-11-29T11:00:00.000+01:00',
      'B',
    );
    expect(headerConflicts([admission, a, b])).toEqual([]);
  });

  it('the same value typed on both tablets is no conflict; nor two different fields', () => {
    const a = edit(
      { clinical: { diet: 'Sans sel' }, basedOn: [] },
      '2026-11-29T10:00:00.000+01:00',
      'A',
    );
    const b = edit(
      { clinical: { diet: 'Sans sel' }, basedOn: [] },
      '2026-11-29T10:01:00.000+01:00',
      'B',
    );
    const c = edit(
      { clinical: { physician: 'Dr Roux' }, basedOn: [] },
      '2026-11-29T10:02:00.000+01:00',
      'B',
    );
    expect(headerConflicts([admission, a, b, c])).toEqual([]);
  });

  it('clearing a field on one tablet while the other changes it is a conflict', () => {
    const a = edit({ cleared: ['diet'], basedOn: [] }, '2026-11-29T10:00:00.000+01:00', 'A');
    const b = edit(
      { clinical: { diet: 'Mixé' }, basedOn: [] },
      '2026-11-29T10:01:00.000+01:00',
      'B',
    );
    expect(headerConflicts([admission, a, b]).map((c) => c.field)).toEqual(['diet']);
  });

  it('an edit based on both ends the conflict; voiding that edit brings it back', () => {
    const a = edit(
      { identity: { birthName: 'DURANT' }, basedOn: [] },
      '2026-11-29T10:00:00.000+01:00',
      'A',
    );
    const b = edit(
      { identity: { birthName: 'DURAN' }, basedOn: [] },
      '2026-11-29T10:01:00.000+01:00',
      'B',
    );
    const chosen = edit(
      { identity: { birthName: 'DURAN' }, basedOn: [a.id, b.id] },
      '2026-11-29T12:00:00.000+01:00',
      'A',
    );
    expect(headerConflicts([admission, a, b, chosen])).toEqual([]);
    const undo = voided(chosen.id, '2026-11-29T12:05:00.000+01:00');
    expect(headerConflicts([admission, a, b, chosen, undo]).map((c) => c.field)).toEqual([
      'birthName',
    ]);
  });

  it('voiding one of the two edits ends the conflict', () => {
    const a = edit(
      { clinical: { diet: 'Sans sel' }, basedOn: [] },
      '2026-11-29T10:00:00.000+01:00',
      'A',
    );
    const b = edit(
      { clinical: { diet: 'Mixé' }, basedOn: [] },
      '2026-11-29T10:05:00.000+01:00',
      'B',
    );
    expect(
      headerConflicts([admission, a, b, voided(b.id, '2026-11-29T11:00:00.000+01:00')]),
    ).toEqual([]);
  });

  it('old edits without basedOn (v1) are sequential, in log order', () => {
    const a = edit({ clinical: { diet: 'Sans sel' } }, '2026-11-29T10:00:00.000+01:00', 'A');
    const b = edit({ clinical: { diet: 'Mixé' } }, '2026-11-29T10:05:00.000+01:00', 'B');
    expect(headerConflicts([admission, a, b])).toEqual([]);
  });

  it('a later edit based on the old one alone still conflicts with a concurrent one', () => {
    const old = edit({ clinical: { diet: 'Normal' } }, '2026-11-29T09:00:00.000+01:00', 'A');
    const a = edit(
      { clinical: { diet: 'Sans sel' }, basedOn: [old.id] },
      '2026-11-29T10:00:00.000+01:00',
      'A',
    );
    const b = edit(
      { clinical: { diet: 'Mixé' }, basedOn: [old.id] },
      '2026-11-29T10:05:00.000+01:00',
      'B',
    );
    expect(headerConflicts([admission, old, a, b]).map((c) => c.entries.length)).toEqual([2]);
  });

  it('edits of an earlier stay are not compared with this one', () => {
    const a = edit(
      { clinical: { diet: 'Sans sel' }, basedOn: [] },
      '2026-11-29T10:00:00.000+01:00',
      'A',
    );
    const b = edit(
      { clinical: { diet: 'Mixé' }, basedOn: [] },
      '2026-11-29T10:05:00.000+01:00',
      'B',
    );
    const readmission = admitted('2026-11-30T08:00:00.000+01:00');
    expect(headerConflicts([admission, a, b, readmission])).toEqual([]);
  });

  it('basedOnFor: the last edit of each field written, or both when in conflict', () => {
    const a = edit(
      { clinical: { diet: 'Sans sel' }, basedOn: [] },
      '2026-11-29T10:00:00.000+01:00',
      'A',
    );
    expect(basedOnFor([admission, a], ['diet'])).toEqual([a.id]);
    expect(basedOnFor([admission, a], ['physician'])).toEqual([]);
    const b = edit(
      { clinical: { diet: 'Mixé' }, basedOn: [] },
      '2026-11-29T10:05:00.000+01:00',
      'B',
    );
    expect(basedOnFor([admission, a, b], ['diet'])).toEqual([a.id, b.id].sort());
  });
});
