import { describe, expect, it } from 'vitest';
import { bedLabelKey, foldBeds, nextBedOrder } from '../../../src/domain/beds';
import { validateEvent } from '../../../src/domain/events';
import { bed, ev } from './eventFixtures';

const at = (m: number) => `2026-11-29T08:${String(m).padStart(2, '0')}:00.000+01:00`;
const added = (n: number, label: string, order: number, minute = 0) =>
  ev('bed.added', { bedId: bed(n), label, order }, at(minute), null);
const updated = (n: number, change: object, minute: number) =>
  ev('bed.updated', { bedId: bed(n), ...change }, at(minute), null);

describe('foldBeds', () => {
  it('lists beds in the chosen order, then as people read labels (2 before 10)', () => {
    const beds = foldBeds([added(1, '10', 1), added(2, '2', 1), added(3, '1', 5)]);
    expect(beds.map((b) => b.label)).toEqual(['2', '10', '1']);
  });

  it('renames, sets and clears the room, closes and reopens a bed', () => {
    const events = [
      added(1, '12', 1),
      updated(1, { label: '12A', room: '12' }, 1),
      updated(1, { unavailable: true }, 2),
    ];
    expect(foldBeds(events)).toEqual([
      { bedId: bed(1), label: '12A', room: '12', order: 1, unavailable: true },
    ]);
    const reopened = foldBeds([...events, updated(1, { room: '', unavailable: false }, 3)]);
    expect(reopened[0]).toMatchObject({ label: '12A', room: undefined, unavailable: false });
  });

  it('merges partial changes made on two tablets', () => {
    const beds = foldBeds([
      added(1, '3', 1),
      updated(1, { unavailable: true }, 5),
      updated(1, { label: '3 fenêtre' }, 4),
    ]);
    expect(beds[0]).toMatchObject({ label: '3 fenêtre', unavailable: true });
  });

  it('drops a bed whose creation was voided, and its later changes', () => {
    const bedAdded = added(1, '1', 1);
    const voided = ev('event.voided', { eventId: bedAdded.id, reason: 'Doublon' }, at(2), null);
    expect(foldBeds([bedAdded, updated(1, { label: 'X' }, 3), voided])).toEqual([]);
  });

  it('puts a new bed at the end', () => {
    expect(nextBedOrder([])).toBe(1);
    expect(nextBedOrder(foldBeds([added(1, 'a', 4), added(2, 'b', 9)]))).toBe(10);
  });

  it('compares labels without case or extra spaces', () => {
    expect(bedLabelKey(' 12  a ')).toBe(bedLabelKey('12 A'));
  });

  it('validates bed payloads: a label, an integer order', () => {
    const event = { ...added(1, '', 1.5), id: '0193a0e4-1c2d-7e3f-8a9b-0c1d2e3f4a5b' };
    const base = {
      wardId: event.id,
      deviceId: event.id,
      author: { ...event.author, staffId: event.id },
    };
    expect(() => validateEvent({ ...event, ...base })).toThrow(
      /payload.label required.*payload.order invalid/,
    );
  });
});
