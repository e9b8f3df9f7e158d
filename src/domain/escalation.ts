import type { LevelOfCare } from './admission';
import { ofType, type WardEvent } from './events';
import { activeEvents } from './voids';
import type { News2Result } from './news2';
import { lastScoredSet, type Spo2Scale, type VitalsRow } from './vitalsChart';

/**
 * A NEWS2 that calls for a doctor (RCP 2017): a total of 5 or more, or 3 in any one
 * parameter. Lower scores are the nurse's own assessment, not an escalation.
 */
export const triggersEscalation = (news2: News2Result): boolean =>
  news2.total >= 5 || news2.anyParameterScores3;

/** Levels of care that forbid transfer to intensive care: the resuscitation team is not called. */
const NO_ICU: readonly LevelOfCare[] = ['noIcu', 'comfort'];

/** What the escalation message says, as codes the interface translates. */
export interface EscalationMessage {
  /** emergency: 7 or more; urgent: 5–6; single: one parameter at 3 with a total under 5. */
  urgency: 'emergency' | 'urgent' | 'single';
  /** Whether the message calls the resuscitation team (MET) as well as the physician. */
  callMet: boolean;
  /** The limitation of treatment to say with the call; null with full care or none recorded. */
  limitation: Exclude<LevelOfCare, 'full'> | null;
}

/**
 * The message for a score that triggers, respecting the patient's level of care: with no
 * ICU transfer or comfort care only, a 7+ calls the physician, not the resuscitation team,
 * and every message says the limitation.
 */
export function escalationMessage(
  news2: News2Result,
  levelOfCare: LevelOfCare | undefined,
): EscalationMessage {
  const urgency = news2.total >= 7 ? 'emergency' : news2.total >= 5 ? 'urgent' : 'single';
  const limitation = levelOfCare && levelOfCare !== 'full' ? levelOfCare : null;
  const callMet = urgency === 'emergency' && !(limitation && NO_ICU.includes(limitation));
  return { urgency, callMet, limitation };
}

/** A call to record: the set that triggers it, its score and what to say. */
export interface EscalationDue {
  vitals: VitalsRow & { news2: News2Result };
  message: EscalationMessage;
}

/**
 * Whether a medical call is still to be recorded at `now`: the last scored set that stands
 * (up to `now`) triggers, and no call that stands answers that very set. A later set that
 * still triggers asks again; a later set that does not ends the request; a voided set or a
 * voided call counts as never recorded.
 */
export function escalationDue(
  events: readonly WardEvent[],
  now: string,
  levelOfCare: LevelOfCare | undefined,
  patientScale: Spo2Scale = 1,
): EscalationDue | null {
  const last = lastScoredSet(events, now, patientScale);
  if (!last || !triggersEscalation(last.news2)) return null;
  const answered = ofType(activeEvents(events), 'escalation.informed').some(
    (event) => event.payload.vitalsEventId === last.id,
  );
  if (answered) return null;
  return {
    vitals: { ...last, news2: last.news2 },
    message: escalationMessage(last.news2, levelOfCare),
  };
}
