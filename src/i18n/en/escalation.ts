import type { frEscalationValidation } from '../fr/escalation';
import type { Messages } from '../types';

export const enEscalation: Messages['escalation'] = {
  due: 'Medical call to record',
  title: 'Medical call to record',
  set: 'Vitals of {time} — NEWS2 {total}',
  messages: {
    emergency: 'Very high score: call the physician at once and the resuscitation team (MET)',
    emergencyNoMet: 'Very high score: inform the physician at once',
    urgent: 'High score: inform the physician urgently',
    single: 'One parameter at 3: inform the physician',
  },
  withLimitation: '{message} — limitation of treatment: {limitation}',
  limitations: {
    noCpr: 'no chest compressions (no CPR)',
    noIcu: 'no intensive care',
    comfort: 'comfort care only',
  },
  form: {
    intro: 'Record who was informed and when: the request stays on screen until then.',
    who: 'Who was informed?',
    roles: {
      physician: 'Physician',
      intern: 'Junior doctor',
      met: 'Resuscitation team (MET)',
      manager: 'Nurse manager',
    },
    name: 'Name of the person informed',
    nameHint: 'Optional, for example Dr Roux',
    at: 'Informed at',
    response: 'Response or decision',
    responseHint: 'Optional: coming to see the patient, new prescription, call back in 1 h…',
    submit: 'Record the call',
    saved: 'Medical call recorded.',
  },
  level: {
    label: 'Level of care',
    card: 'Limitation: {level}',
    short: {
      noCpr: 'no CPR',
      noIcu: 'no ICU',
      comfort: 'comfort',
    },
  },
  timeline: 'Medical call recorded: {who}{response}',
  moves: {
    roomWith: 'room shared with: {sexes}',
    sexes: { F: 'a woman', M: 'a man', I: 'a person of undetermined sex' },
    swapLegend: 'Or swap with the patient of another bed',
    swapWith: 'Bed {bed}: swap with {name} ({sex})',
    swapNotice: 'Swap: {name} will go to bed {bed}, at the same time.',
    noOther: 'No other patient to swap beds with.',
    admittedOn: 'admitted on {date}',
  },
};

export const enEscalationValidation: Record<keyof typeof frEscalationValidation, string> = {
  notVitals: 'These vitals do not exist, or no longer, for this patient.',
  beforeVitals: 'The call cannot come before the vitals were taken.',
  notSwappable: 'The other patient is no longer in that bed: reopen the screen and choose again.',
};
