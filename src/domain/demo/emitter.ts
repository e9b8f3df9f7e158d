import { EVENT_VERSIONS } from '../eventVersions';
import type { EventType, Payload, WardEvent } from '../events';
import type { DeviceId, EventId, PatientId, StaffId, WardId } from '../ids';
import type { Role, StaffMember } from '../staff';
import { MINUTE, type WardClock } from './clock';
import { nth, uuidAt, type Rng } from './random';

// prettier-ignore
const STAFF: readonly (readonly [string, string, Role])[] = [
  ['Anne Lambert', 'AL', 'manager'],
  ['Camille Lefèvre', 'CL', 'nurse'], ['Julien Moreau', 'JM', 'nurse'],
  ['Sophie Garnier', 'SG', 'nurse'], ['Nadia Benali', 'NB', 'nurse'],
  ['Thomas Petit', 'TP', 'nurse'], ['Élodie Fontaine', 'EF', 'nurse'],
  ['Karim Haddad', 'KH', 'nurse'], ['Laura Vidal', 'LV', 'nurse'],
  ['Martine Roussel', 'MR', 'aide'], ['Sylvie Blanc', 'SB', 'aide'],
  ['Mickaël Dupuis', 'MD', 'aide'], ['Fatou Diallo', 'FD', 'aide'],
  ['Chantal Mercier', 'CM', 'aide'], ['Kevin Lopez', 'KL', 'aide'],
  ['Inès Marchand', 'IM', 'student'],
];

export const DEVICE_NAMES = ['Poste de soins', 'Chariot couloir A', 'Chariot couloir B'];

/** Who charts what: nurses only for medicines, plans and results; aides for the rest. */
export type Who = 'nurse' | 'team' | 'manager';

const NURSE_TYPES = new Set<EventType>([
  'med.prescribed',
  'med.stopped',
  'med.importChecked',
  'med.administered',
  'care.planned',
  'care.stopped',
  'result.phoned',
  'escalation.informed',
  'event.voided',
]);

export interface EmitSpec<T extends EventType> {
  type: T;
  patientId: PatientId | null;
  /** Bedside time, ms. */
  at: number;
  payload: Payload<T>;
  /** Half of the ward (0 or 1): whose team charts it; ward-level events use 0. */
  group?: number;
  who?: Who;
  /** Entered this long after `at`; a short delay by default, sometimes a late entry. */
  delay?: number;
  /** Events this one names (a dose names its prescription): it is entered after them. */
  after?: readonly WardEvent[];
}

/**
 * Builds the demo ward's events: ids (UUID v7 of the entry time), times, author by shift and
 * role, tablet by corridor. Events entered after `end` are built (others may name them) but
 * not kept, and neither is anything entered after them.
 */
export class Emitter {
  readonly staff: StaffMember[];
  readonly devices: DeviceId[];
  /** Kept events with their entry time (ms), in the order they were made. */
  private readonly kept: { event: WardEvent; recorded: number }[] = [];
  private readonly recorded = new Map<WardEvent, number>();

  constructor(
    readonly clock: WardClock,
    readonly wardId: WardId,
    private readonly startDay: number,
    readonly end: number,
    rng: Rng,
  ) {
    this.staff = STAFF.map(([name, initials, role]) => ({
      staffId: uuidAt(rng, startDay) as StaffId,
      name,
      initials,
      role,
    }));
    this.devices = DEVICE_NAMES.map(() => uuidAt(rng, startDay) as DeviceId);
  }

  private readonly byRole = new Map<Role, StaffMember[]>();

  private ofRole(role: Role): StaffMember[] {
    let list = this.byRole.get(role);
    if (!list) {
      list = this.staff.filter((person) => person.role === role);
      this.byRole.set(role, list);
    }
    return list;
  }

  /** Who is on duty at `at` for a half of the ward: morning, afternoon or night team. */
  author(rng: Rng, at: number, group: number, who: Who): StaffMember {
    const hour = this.clock.hour(at);
    const shift = hour >= 7 && hour < 14 ? 0 : hour >= 14 && hour < 21 ? 1 : 2;
    const day = Math.floor((at - this.startDay - (hour < 7 ? 7 : 0) * 3_600_000) / 86_400_000);
    const slot = day * 5 + shift * 2 + group;
    if (who === 'manager' && shift === 0) return nth(this.ofRole('manager'), 0);
    const nurse = nth(this.ofRole('nurse'), slot);
    if (who !== 'team') return nurse;
    if (shift === 0 && group === 0 && rng.chance(0.2)) return nth(this.ofRole('student'), 0);
    return rng.chance(0.55) ? nth(this.ofRole('aide'), slot) : nurse;
  }

  emit<T extends EventType>(rng: Rng, spec: EmitSpec<T>): WardEvent<T> {
    const group = spec.group ?? 0;
    const who = spec.who ?? (NURSE_TYPES.has(spec.type) ? 'nurse' : 'team');
    const late = spec.patientId !== null && rng.chance(0.04);
    const delay = spec.delay ?? (late ? rng.between(30, 180) : rng.between(0.5, 4)) * MINUTE;
    let recorded = Math.round(spec.at + delay);
    for (const target of spec.after ?? []) {
      recorded = Math.max(recorded, (this.recorded.get(target) ?? 0) + 1000);
    }
    const author = this.author(rng, spec.at, group, who);
    const event = {
      id: uuidAt(rng, recorded) as EventId,
      wardId: this.wardId,
      patientId: spec.patientId,
      type: spec.type,
      at: this.clock.iso(spec.at),
      recordedAt: this.clock.iso(recorded),
      author,
      deviceId: nth(this.devices, spec.patientId === null ? 0 : 1 + (group % 2)),
      v: EVENT_VERSIONS[spec.type],
      payload: spec.payload,
    } as WardEvent<T>;
    this.recorded.set(event, recorded);
    if (recorded < this.end) this.kept.push({ event, recorded });
    return event;
  }

  recordedMs(event: WardEvent): number {
    return this.recorded.get(event) ?? Number.NaN;
  }

  /** The log in entry order (ties by id), as the tablets wrote it. */
  log(): WardEvent[] {
    return [...this.kept]
      .sort((a, b) => a.recorded - b.recorded || (a.event.id < b.event.id ? -1 : 1))
      .map(({ event }) => event);
  }
}
