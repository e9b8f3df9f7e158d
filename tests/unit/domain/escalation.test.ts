import { describe, expect, it } from 'vitest';
import {
  escalationDue,
  escalationMessage,
  triggersEscalation,
} from '../../../src/domain/escalation';
import { scoreNews2, type News2Input } from '../../../src/domain/news2';
import { chart, paris, voidOf } from './chartFixtures';

/** RR 16, SpO2 97, air, SBP 120, pulse 70, alert, 37 °C: NEWS2 0. */
const CALM: News2Input = {
  respiratoryRate: 16,
  spo2: 97,
  spo2Scale: 1,
  onOxygen: false,
  systolicBp: 120,
  pulse: 70,
  consciousness: 'A',
  temperature: 37,
};
/** A recorded set: the scale goes with the patient, not with the values typed. */
const vitals = (patch: Partial<News2Input>) => {
  const set: Partial<News2Input> = { ...CALM, ...patch };
  delete set.spo2Scale;
  return set;
};
/** RR 22 (2), SpO2 95 (1), pulse 95 (1), 38.4 °C (1): 5. */
const FIVE = vitals({ respiratoryRate: 22, spo2: 95, pulse: 95, temperature: 38.4 });
/** RR 26 (3), SpO2 90 (3), SBP 95 (2): 8. */
const EIGHT = vitals({ respiratoryRate: 26, spo2: 90, systolicBp: 95 });
/** Confused (3) alone: a single parameter at 3, total 3. */
const SINGLE3 = vitals({ consciousness: 'C' });
/** RR 22 (2), pulse 95 (1), 38.4 °C (1): 4, no parameter at 3. */
const FOUR = vitals({ respiratoryRate: 22, pulse: 95, temperature: 38.4 });

const NOW = paris('2026-01-10T12:00');

describe('when an escalation is due', () => {
  it('triggers from a total of 5, or 3 in one parameter, never at 4', () => {
    expect(triggersEscalation(scoreNews2({ ...CALM, ...FOUR }))).toBe(false);
    expect(triggersEscalation(scoreNews2({ ...CALM, ...FIVE }))).toBe(true);
    expect(triggersEscalation(scoreNews2({ ...CALM, ...SINGLE3 }))).toBe(true);
  });

  it('asks for the call after a set of 5, until a call answers that set', () => {
    const set = chart('vitals.recorded', FIVE, paris('2026-01-10T08:00'));
    const due = escalationDue([set], NOW, undefined);
    expect(due?.vitals.id).toBe(set.id);
    expect(due?.vitals.news2.total).toBe(5);
    const call = chart(
      'escalation.informed',
      { vitalsEventId: set.id, role: 'physician', name: 'Dr Roux' },
      paris('2026-01-10T08:10'),
    );
    expect(escalationDue([set, call], NOW, undefined)).toBeNull();
  });

  it('asks again for a later set that still triggers, and stops for one that does not', () => {
    const first = chart('vitals.recorded', FIVE, paris('2026-01-10T08:00'));
    const call = chart(
      'escalation.informed',
      { vitalsEventId: first.id, role: 'intern' },
      paris('2026-01-10T08:10'),
    );
    const second = chart('vitals.recorded', EIGHT, paris('2026-01-10T09:00'));
    expect(escalationDue([first, call, second], NOW, undefined)?.vitals.id).toBe(second.id);
    const better = chart('vitals.recorded', FOUR, paris('2026-01-10T10:00'));
    expect(escalationDue([first, call, second, better], NOW, undefined)).toBeNull();
  });

  it('counts a voided set or a voided call as never recorded', () => {
    const set = chart('vitals.recorded', FIVE, paris('2026-01-10T08:00'));
    expect(escalationDue([set, voidOf(set, paris('2026-01-10T08:05'))], NOW, undefined)).toBeNull();
    const call = chart(
      'escalation.informed',
      { vitalsEventId: set.id, role: 'physician' },
      paris('2026-01-10T08:10'),
    );
    const undone = voidOf(call, paris('2026-01-10T08:20'));
    expect(escalationDue([set, call, undone], NOW, undefined)?.vitals.id).toBe(set.id);
  });

  it('ignores a partial set and a set later than now', () => {
    const set = chart('vitals.recorded', SINGLE3, paris('2026-01-10T08:00'));
    const partial = chart('vitals.recorded', { temperature: 37 }, paris('2026-01-10T09:00'));
    expect(escalationDue([set, partial], NOW, undefined)?.vitals.id).toBe(set.id);
    const later = chart('vitals.recorded', FIVE, paris('2026-01-10T13:00'));
    expect(escalationDue([later], NOW, undefined)).toBeNull();
  });
});

describe('what the escalation message says', () => {
  const score = (patch: Partial<News2Input>) => scoreNews2({ ...CALM, ...patch });

  it('calls the resuscitation team for 7 or more with full care or none recorded', () => {
    expect(escalationMessage(score(EIGHT), undefined)).toEqual({
      urgency: 'emergency',
      callMet: true,
      limitation: null,
    });
    expect(escalationMessage(score(EIGHT), 'full').callMet).toBe(true);
  });

  it('calls the physician only, and says the limitation, when intensive care is excluded', () => {
    expect(escalationMessage(score(EIGHT), 'noIcu')).toEqual({
      urgency: 'emergency',
      callMet: false,
      limitation: 'noIcu',
    });
    expect(escalationMessage(score(EIGHT), 'comfort').callMet).toBe(false);
    // No CPR does not exclude an assessment by the resuscitation team: it is said, not dropped.
    expect(escalationMessage(score(EIGHT), 'noCpr')).toEqual({
      urgency: 'emergency',
      callMet: true,
      limitation: 'noCpr',
    });
  });

  it('asks for an urgent medical call for 5–6 and a call for a single 3', () => {
    expect(escalationMessage(score(FIVE), 'noIcu')).toEqual({
      urgency: 'urgent',
      callMet: false,
      limitation: 'noIcu',
    });
    expect(escalationMessage(score(SINGLE3), undefined).urgency).toBe('single');
  });
});
