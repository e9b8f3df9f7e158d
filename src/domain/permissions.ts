import type { EventType } from './events';
import type { Role } from './staff';

/**
 * What each role may record, as the event types it may NOT write (everything else is
 * allowed, so a new event type is open to all until someone decides otherwise here).
 * Enforced when an event is built (`db/append.ts`) and for a correction, which needs the
 * right to record the entry it strikes out; the screens hide or disable the actions.
 *
 * French practice, kept simple:
 * - nurses (IDE), midwives, ward managers (cadres de santé, nurses by training) and
 *   physicians record everything;
 * - a nursing student transcribes no prescription (nor stops one): that is the nurse's
 *   responsibility; she gives doses and charts under a nurse's supervision;
 * - a nursing assistant (aide-soignant·e) neither transcribes nor stops a prescription, nor
 *   charts a dose: help with oral medicines is given under a nurse's responsibility, and
 *   that nurse charts it. No care plan either (planning is the nurse's own role), and no
 *   result phoned by the laboratory (it may call for a decision). Vitals, care done, notes
 *   are the aide's to record;
 * - 'other' (physiotherapist, secretary...) is treated as an aide.
 */
// Checking an imported prescription against the order is a transcription too.
const PRESCRIBING: readonly EventType[] = ['med.prescribed', 'med.stopped', 'med.importChecked'];
const NURSING_ONLY: readonly EventType[] = [
  ...PRESCRIBING,
  'med.administered',
  'care.planned',
  'care.stopped',
  'result.phoned',
];

export const FORBIDDEN_BY_ROLE: Readonly<Record<Role, readonly EventType[]>> = {
  nurse: [],
  midwife: [],
  physician: [],
  manager: [],
  student: PRESCRIBING,
  aide: NURSING_ONLY,
  other: NURSING_ONLY,
};

/** Whether someone of this role may record (or strike out) an event of this type. */
export const mayRecord = (role: Role, type: EventType): boolean =>
  !FORBIDDEN_BY_ROLE[role].includes(type);

/**
 * Who may delete the ward's data from a tablet at the end of an outage: the ward manager
 * (cadre de santé) only, who answers for the export and the back-entry being complete.
 */
export const mayPurge = (role: Role): boolean => role === 'manager';
