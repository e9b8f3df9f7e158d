import { plural, type Shape } from '../forms';
import type { frMedSafety, frMedSafetyValidation } from '../fr/medSafety';

/** Medication safety (issue 9): allergy check, as-needed limits, deviations, roles. */
export const enMedSafety: Shape<typeof frMedSafety> = {
  when: { tomorrow: 'tomorrow {time}', yesterday: 'yesterday {time}' },
  duration: { minutes: '{minutes} min', hours: '{hours} h', hoursMinutes: '{hours} h {minutes}' },
  allergy: {
    title: 'Allergy: check before transcribing',
    substance: '{drug} matches the allergy “{allergy}” ({severity}).',
    class: '{drug} is of the same class ({className}) as the allergy “{allergy}” ({severity}).',
    cross:
      '{drug} ({className}): possible cross-reactivity with the allergy “{allergy}” ({severity}). The risk is low (about 1 to 2 %) but a severe reaction is possible: check with the prescriber.',
    overrideTitle: 'Transcribe despite the allergy',
    override: 'I transcribe despite the allergy (checked with the physician)',
    reason: 'Reason (who confirmed, why)',
    recorded: 'transcribed despite the allergy ({allergies}): {reason}',
    classes: {
      penicillins: 'penicillins',
      cephalosporins: 'cephalosporins',
      sulfonamides: 'sulfonamides',
      nsaids: 'non-steroidal anti-inflammatory drugs',
      opioids: 'opioids',
      iodinatedContrast: 'iodinated contrast media',
      latex: 'latex',
    },
  },
  prn: {
    maxAmount: 'Maximum amount per 24 h',
    maxAmountHint: 'For example 4 g for paracetamol; leave empty if none',
    maxAmountUnit: 'Unit of the maximum amount',
    minInterval: 'Minimum interval between two doses (hours)',
    minIntervalHint: 'For example 4; leave empty if none',
    amount: 'Amount: {given} over the last 24 h (maximum {max}).',
    amountReached: 'Maximum amount reached: {given} already given over 24 h, maximum {max}.',
    limitReached: plural({
      one: 'Maximum reached: {count} dose over 24 h, for a prescribed maximum of {max}.',
      other: 'Maximum reached: {count} doses over 24 h, for a prescribed maximum of {max}.',
    }),
    tooSoon: 'Too soon: at least {hours} h between two doses.',
    next: 'Next dose possible: {when}.',
    never: 'This dose alone is above the maximum amount.',
    marLimit: 'As needed: next dose possible {when}.',
    scheduleAmount: 'at most {max} per 24 h',
    scheduleInterval: 'at least {hours} h between doses',
  },
  deviation: {
    title: 'Deviation from the prescription',
    dose: 'Dose different from the prescription: {given} instead of {prescribed}.',
    early: 'Time {duration} before the scheduled dose ({due}); the window is ± {window}.',
    late: 'Time {duration} after the scheduled dose ({due}); the window is ± {window}.',
    confirm: 'I confirm this deviation',
    reason: 'Reason for the deviation',
    mar: '⚠ DEVIATION: {what}',
    marDose: 'dose {given} (prescribed {prescribed})',
    marEarly: '{duration} early',
    marLate: '{duration} late',
    marReason: 'reason: {reason}',
  },
  roles: {
    prescribing:
      'Transcribing, changing or stopping a prescription is for nurses, midwives, ward managers and physicians.',
    administering: 'Doses are charted by the nurse responsible for them (your role: {role}).',
  },
  stopped: 'STOPPED',
};

export const enMedSafetyValidation: Shape<typeof frMedSafetyValidation> = {
  allergyMatch:
    'This drug matches one of the patient’s allergies: do not transcribe it, or tick “I transcribe despite the allergy” and give the reason.',
  prnTooSoon:
    'Minimum interval between two doses not respected: an override with a reason is required.',
  doseDeviation:
    'The dose differs from the prescription: correct it, or confirm the deviation with a reason.',
  timingDeviation:
    'The time is outside the window of the scheduled dose: correct it, or confirm the deviation with a reason.',
  prescriptionChangedMeanwhile:
    'This prescription was stopped or changed meanwhile (in another tab or on another tablet): nothing was saved. Go back to the record to see the current version.',
  notPermitted: 'Your role does not allow you to record this: nothing was saved. Ask a nurse.',
};
