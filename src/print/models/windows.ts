import { addDays, DEFAULT_TIME_ZONE, hoursFrom, midnight } from '../../domain/time';
import type { SheetKind, SheetWindow } from '../types';

/** The time window of each sheet, on the ward's clock. */
export function sheetWindow(
  kind: SheetKind,
  now: string,
  startDay: string,
  timeZone = DEFAULT_TIME_ZONE,
): SheetWindow {
  switch (kind) {
    case 'carePlan':
      return { from: midnight(startDay, timeZone), to: midnight(addDays(startDay, 1), timeZone) };
    case 'mar':
      return { from: midnight(startDay, timeZone), to: midnight(addDays(startDay, 3), timeZone) };
    case 'vitals':
    case 'notes':
      return { from: hoursFrom(now, -72, timeZone), to: now };
    case 'handover':
      return { from: hoursFrom(now, -24, timeZone), to: now };
    default:
      return { from: now, to: now };
  }
}
