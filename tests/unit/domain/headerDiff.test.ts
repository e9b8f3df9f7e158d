import { describe, expect, it } from 'vitest';
import { headerChanges } from '../../../src/domain/headerDiff';
import { admitted, bed, ev } from './eventFixtures';

const T0 = '2026-03-02T08:00:00+01:00';
const T1 = '2026-03-02T09:00:00+01:00';
const T2 = '2026-03-02T10:00:00+01:00';

describe('headerChanges: what a change of the header changed', () => {
  it('says a diet went from one value to another, and a bed from one bed to another', () => {
    const admission = admitted(T0, { diet: 'normal' });
    const edit = ev('patient.updated', { clinical: { diet: 'sans sel' }, reason: 'avis' }, T1);
    const move = ev('patient.moved', { bedId: bed(5) }, T2);
    const changes = headerChanges([move, edit, admission]);
    expect(changes.get(edit.id)).toEqual([
      { kind: 'value', field: 'diet', from: 'normal', to: 'sans sel' },
    ]);
    expect(changes.get(move.id)).toEqual([
      { kind: 'value', field: 'bed', from: bed(4), to: bed(5) },
    ]);
    expect(changes.has(admission.id)).toBe(false);
  });

  it('names each allergy added, removed or changed', () => {
    const admission = admitted(T0, {
      allergies: {
        status: 'known',
        items: [
          { substance: 'Latex', severity: 'mild' },
          { substance: 'Iode', severity: 'mild' },
        ],
      },
    });
    const edit = ev(
      'patient.updated',
      {
        clinical: {
          allergies: {
            status: 'known',
            items: [
              { substance: 'latex', severity: 'severe' },
              { substance: 'Pénicilline', severity: 'severe' },
            ],
          },
        },
        reason: 'interrogatoire',
      },
      T1,
    );
    expect(headerChanges([admission, edit]).get(edit.id)).toEqual([
      {
        kind: 'allergies',
        added: ['Pénicilline'],
        removed: ['Iode'],
        changed: ['latex'],
        noneKnown: false,
      },
    ]);
  });

  it('an allergy added to "no known allergy", and a cleared field, each say so', () => {
    const admission = admitted(T0, { weightKg: 70 });
    const edit = ev(
      'patient.updated',
      {
        clinical: {
          allergies: { status: 'known', items: [{ substance: 'Pénicilline', severity: 'severe' }] },
        },
        identity: { usedName: 'MARTIN' },
        cleared: ['weightKg'],
        reason: 'correction',
      },
      T1,
    );
    expect(headerChanges([admission, edit]).get(edit.id)).toEqual([
      { kind: 'value', field: 'usedName', from: undefined, to: 'MARTIN' },
      { kind: 'allergies', added: ['Pénicilline'], removed: [], changed: [], noneKnown: false },
      { kind: 'value', field: 'weightKg', from: 70, to: undefined },
    ]);
  });

  it('a voided change is described but not applied: the next one compares with what stands', () => {
    const admission = admitted(T0, { diet: 'normal' });
    const wrong = ev('patient.updated', { clinical: { diet: 'sans sel' }, reason: 'erreur' }, T1);
    const voiding = ev('event.voided', { eventId: wrong.id, reason: 'mauvais patient' }, T1);
    const right = ev('patient.updated', { clinical: { diet: 'mixé' }, reason: 'avis' }, T2);
    const changes = headerChanges([admission, wrong, voiding, right]);
    expect(changes.get(wrong.id)).toEqual([
      { kind: 'value', field: 'diet', from: 'normal', to: 'sans sel' },
    ]);
    expect(changes.get(right.id)).toEqual([
      { kind: 'value', field: 'diet', from: 'normal', to: 'mixé' },
    ]);
  });
});
