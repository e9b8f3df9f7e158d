import { describe, expect, it } from 'vitest';
import { payloadSchemas } from '../../../src/domain/events';
import { foldWard } from '../../../src/domain/ward';
import { ev } from './eventFixtures';

const configured = ev(
  'ward.configured',
  { name: 'Méd. 3', establishment: 'CH' },
  '2026-11-29T08:00:00+01:00',
  null,
);
const unit = (glucoseUnit: 'g/L' | 'mmol/L', at: string) =>
  ev('ward.settingsChanged', { glucoseUnit }, at, null);

describe('the ward settings (ward.settingsChanged)', () => {
  it('reads g/L for glycaemia when the ward never set a unit (the French habit)', () => {
    expect(foldWard([configured])?.settings).toEqual({
      glucoseUnit: 'g/L',
      timeZone: 'Europe/Paris',
    });
  });

  it('takes the latest change by bedside time, whatever the order events arrive in', () => {
    const toGrams = unit('g/L', '2026-11-29T09:00:00+01:00');
    const back = unit('mmol/L', '2026-11-29T10:00:00+01:00');
    expect(foldWard([back, configured, toGrams])?.settings.glucoseUnit).toBe('mmol/L');
    expect(foldWard([toGrams, configured])?.settings.glucoseUnit).toBe('g/L');
  });

  it('a change struck through no longer counts', () => {
    const toMoles = unit('mmol/L', '2026-11-29T09:00:00+01:00');
    const voided = ev(
      'event.voided',
      { eventId: toMoles.id, reason: 'Erreur de réglage' },
      '2026-11-29T09:05:00+01:00',
      null,
    );
    expect(foldWard([configured, toMoles, voided])?.settings.glucoseUnit).toBe('g/L');
  });

  it('a change that says nothing, or an unknown unit, is refused on write and import', () => {
    const schema = payloadSchemas['ward.settingsChanged'];
    expect(schema.safeParse({ glucoseUnit: 'g/L' }).success).toBe(true);
    expect(schema.safeParse({}).success).toBe(false);
    expect(schema.safeParse({ glucoseUnit: 'mg/dL' }).success).toBe(false);
  });
});
