import type { WardId } from './ids';
import { foldName } from './identity';
import type { StaffMember } from './staff';
import { isType, type WardEvent } from './events';
import { byStamp } from './order';
import { activeEvents } from './voids';
import { applySettings, DEFAULT_WARD_SETTINGS, type WardSettings } from './wardSettings';

export interface WardState {
  wardId: WardId;
  name: string;
  establishment: string;
  /** Everyone who may chart, in the order they were added, each person once. */
  staff: StaffMember[];
  /** Shared settings ('ward.settingsChanged'), defaults where never set. */
  settings: WardSettings;
}

/** The ward's settings and staff list from its ward-level events. */
export function foldWard(events: readonly WardEvent[]): WardState | null {
  let ward: WardState | null = null;
  const staff = new Map<string, StaffMember>();
  let settings = DEFAULT_WARD_SETTINGS;
  for (const event of byStamp(activeEvents(events))) {
    if (isType(event, 'ward.configured')) {
      ward = { wardId: event.wardId, ...event.payload, staff: [], settings };
    } else if (isType(event, 'staff.added')) {
      // The same person added on two tablets (or in two wards joined since) is listed once:
      // the first added stays; what the other recorded keeps its own author.
      const person = samePerson(event.payload);
      if (!staff.has(person)) staff.set(person, event.payload);
    } else if (isType(event, 'ward.settingsChanged')) {
      settings = applySettings(settings, event.payload);
    }
  }
  return ward && { ...ward, staff: [...staff.values()], settings };
}

/** Who a staff entry is, for the list: name without case or accents, initials and role. */
const samePerson = ({ name, initials, role }: StaffMember): string =>
  [foldName(name).replace(/\s+/g, ' '), initials, role].join('|');
