import type { StaffId, WardId } from './ids';
import type { StaffMember } from './staff';
import { isType, type WardEvent } from './events';
import { byStamp } from './order';
import { activeEvents } from './voids';
import { applySettings, DEFAULT_WARD_SETTINGS, type WardSettings } from './wardSettings';

export interface WardState {
  wardId: WardId;
  name: string;
  establishment: string;
  /** Everyone who may chart, in the order they were added. */
  staff: StaffMember[];
  /** Shared settings ('ward.settingsChanged'), defaults where never set. */
  settings: WardSettings;
}

/** The ward's settings and staff list from its ward-level events. */
export function foldWard(events: readonly WardEvent[]): WardState | null {
  let ward: WardState | null = null;
  const staff = new Map<StaffId, StaffMember>();
  let settings = DEFAULT_WARD_SETTINGS;
  for (const event of byStamp(activeEvents(events))) {
    if (isType(event, 'ward.configured')) {
      ward = { wardId: event.wardId, ...event.payload, staff: [], settings };
    } else if (isType(event, 'staff.added')) {
      staff.set(event.payload.staffId, event.payload);
    } else if (isType(event, 'ward.settingsChanged')) {
      settings = applySettings(settings, event.payload);
    }
  }
  return ward && { ...ward, staff: [...staff.values()], settings };
}
