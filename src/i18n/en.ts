import { enHistory } from './en/history';
import { enIdentityEdits, enIdentityEditsValidation } from './en/identityEdits';
import type { Messages } from './types';
import { enCharting } from './en/charting';
import { enIntegrity } from './en/integrity';
import { enVersions, enVersionsValidation } from './en/versions';
import { enConflicts, enConflictsValidation } from './en/conflicts';
import { enFhirCensus, enFhirCensusValidation } from './en/fhirCensus';
import { enEscalation, enEscalationValidation } from './en/escalation';
import { enMedSafety, enMedSafetyValidation } from './en/medSafety';
import { enPatients, enPatientValidation } from './en/patients';
import { enLockSafety } from './en/lockSafety';
import { enPrint } from './en/print';
import { enPrintHeader } from './en/printHeader';
import { enPrintHandover } from './en/printHandover';
import { enPrintPack } from './en/printPack';
import { enDrafts } from './en/drafts';
import { enPrintDetails } from './en/printDetails';
import { enPrintVitals } from './en/printVitals';
import { enWardTime } from './en/wardTime';
import { enWords } from './en/words';
import { enTraining } from './en/training';
import { enReconcile } from './en/reconcile';
import { enPurge } from './en/purge';
import { enCensus, enCensusValidation } from './en/census';
import { enRecovery } from './en/recovery';
import { enWardFile } from './en/wardFile';
import { enWardFileCarry } from './en/wardFileCarry';
import { enSync } from './en/sync';
import { enHubJoin } from './en/hubJoin';
import { enCensusGaps } from './en/censusGaps';
import { enTablets } from './en/tablets';
import { enJoinWards } from './en/joinWards';

export const en: Messages = {
  app: {
    name: 'Relève',
    tagline: 'The ward’s care record, offline',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
  },
  nav: {
    label: 'Main navigation',
    board: 'Ward',
    patient: 'Patient',
    print: 'Print',
    data: 'Data',
    settings: 'Settings',
  },
  setup: {
    title: 'Create the ward',
    intro:
      'First start on this tablet. Enter the ward and the person charting: every recorded action will carry her or his name.',
    wardSection: 'The ward',
    wardName: 'Ward name',
    establishment: 'Hospital',
    youSection: 'You',
    submit: 'Create the ward',
    created: 'Ward created.',
  },
  staff: {
    name: 'Full name',
    initials: 'Initials',
    initialsHint: '1 to 4 letters, as on paper sheets',
    role: 'Role',
    roles: {
      nurse: 'Registered nurse',
      aide: 'Nursing assistant',
      midwife: 'Midwife',
      physician: 'Physician',
      student: 'Student',
      manager: 'Nurse manager',
      other: 'Other',
    },
    listTitle: 'People who chart',
    add: 'Add this person',
    added: '{name} added to the list.',
    addTitle: 'Add a person',
  },
  session: {
    pickTitle: 'Who is charting?',
    pickIntro: 'Choose your name: what you record will be signed with it.',
    chartingAs: 'Charting: {name}',
    switch: 'Switch person',
    notListed: 'Your name is not in the list?',
  },
  board: {
    title: 'Ward {name}',
    patientsTitle: 'Patients on the ward',
    noPatients: 'No patients yet.',
    bed: 'Bed {bed}',
    noBed: 'No bed',
    journalTitle: 'Ward log',
    journalHint: 'What concerns the whole ward: calls, breakdowns, instructions.',
    noteLabel: 'New note',
    noteSave: 'Save the note',
    noteSaved: 'Note saved.',
    noNotes: 'No notes yet.',
    byAuthor: '{time} — {author}',
    late: 'entered late at {time}',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageNames: { fr: 'Français', en: 'English' },
    storageTitle: 'Storage on this tablet',
    persistent: 'Persistent storage',
    persistentYes: 'Yes: the browser will not delete the data to free space.',
    persistentNo:
      'No: the browser could erase the data if the tablet runs out of space. Install the app on the home screen.',
    persistentUnknown: 'Unknown on this browser.',
    used: 'Used',
    available: 'Available',
    aboutTitle: 'About',
    version: 'Version',
    deviceId: 'Tablet identifier',
    wardTitle: 'Ward',
  },
  update: {
    ready: 'A new version of Relève is ready.',
    reload: 'Update now',
    later: 'Later',
    hint: 'Finish what you are typing first: updating reloads the page.',
    offlineReady: 'Relève now works without a network.',
    dismiss: 'Close',
  },
  validation: {
    required: 'This field is required.',
    tooLong: 'This text is too long.',
    invalid: 'This value is not valid.',
    invalidDate: 'This date does not exist or is badly written.',
    futureDate: 'This date is in the future.',
    invalidInitials: '1 to 4 letters, no digits.',
    unknownType: 'Unknown kind of record.',
    unknownEvent: 'The record referred to does not exist on this ward.',
    wrongWard: 'No ward has been created on this tablet.',
    invalidName: 'Letters, spaces, hyphens and apostrophes only.',
    tooOld: 'Born more than 130 years ago: check the year.',
    invalidBirthPlace: '5-character INSEE code (2A/2B for Corsica, 99… for abroad).',
    invalidIpp: 'The IPP has 6 to 12 digits.',
    invalidTempId: 'Not a valid temporary identifier (TMP-XXXX-XXXX-X): check each character.',
    missingIdentifier: 'An IPP or a temporary identifier is required.',
    firstNameNotInList: 'The first name must be the first in the list of first names.',
    beforeBirth: 'This date is before the date of birth.',
    outOfRange: 'Value outside plausible limits.',
    allergyConflict: '"No known allergy" or a list of allergies, not both.',
    duplicateAllergy: 'This allergy is already entered.',
    isolationConflict: '"None" cannot be combined with a precaution.',
    invalidPhone: 'The phone number has 8 to 15 digits.',
    weakPassphrase: 'Too short: at least 6 digits, or a phrase of at least 10 characters.',
    passphraseMismatch: 'The two entries are not the same.',
    wrongPassphrase: 'Wrong passphrase.',
    noMeasurement: 'Enter at least one measurement.',
    diastolicAboveSystolic: 'The diastolic must be lower than the systolic.',
    notActive: 'This prescription or care item is not current at that time.',
    alreadyRecorded:
      'Dose already given or care already done for this time: if that is wrong, void that entry.',
    prnLimitReached: 'Maximum per 24 h reached: an override with a reason is required.',
    summary: 'Nothing was saved. Correct the fields marked.',
    ...enPatientValidation,
    ...enEscalationValidation,
    ...enIdentityEditsValidation,
    ...enMedSafetyValidation,
    ...enVersionsValidation,
    ...enConflictsValidation,
    ...enFhirCensusValidation,
    ...enCensusValidation,
  },
  failure: {
    quota:
      'Nothing was saved: the tablet is out of space. What you typed is kept on screen. Tell the nurse manager or IT.',
    locked: 'Nothing was saved: the app is locked.',
    noAuthor: 'Nothing was saved: choose who is charting first.',
    storage: 'Nothing was saved: storage error ({detail}). What you typed is kept on screen.',
  },
  lock: {
    title: 'Relève is locked',
    intro: 'Enter the ward passphrase to open the data.',
    passphrase: 'Ward passphrase',
    unlock: 'Unlock',
    opening: 'Opening…',
    empty: 'Enter the passphrase.',
    wrong: 'Wrong passphrase.',
    corrupted:
      'The key stored on this tablet is damaged: this is not the passphrase, and this try is not counted as a wrong one. The data cannot be opened here. Tell IT; a backup can be restored on another tablet.',
    wait: 'Too many wrong tries. Next try possible in {seconds} s.',
    lockNow: 'Lock',
    setupSection: 'Ward passphrase',
    setupIntro:
      'It encrypts all data on the tablet and is asked at every opening. Share it only with the ward team.',
    noRecovery:
      'A forgotten passphrase cannot be recovered, by anyone: without it the data is lost. Keep it somewhere safe and make backups.',
    rule: 'A code of at least 6 digits, or a phrase of at least 10 characters (safer).',
    confirm: 'Confirm the passphrase',
    settingsTitle: 'Lock and encryption',
    period: 'Lock after no activity for',
    minutes: '{count} min',
    changeTitle: 'Change the passphrase',
    current: 'Current passphrase',
    new: 'New passphrase',
    change: 'Change the passphrase',
    changed: 'Passphrase changed. It will be asked at the next opening.',
    protectionTitle: 'What is protected',
    protected:
      'Encrypted on the tablet (AES-256): identities, beds, vitals, medications, notes and staff names. Without the passphrase, a lost or stolen tablet reveals nothing clinical. The app locks itself after the chosen idle time.',
    notProtected:
      'Not protected: what is on screen while the tablet is open, printed sheets, exported files, and the date and type of records (needed by the index). A 6-digit code stops a curious finder, not an attacker who copies the tablet: prefer a phrase.',
  },
  patients: enPatients,
  identityEdits: enIdentityEdits,
  charting: enCharting,
  escalation: enEscalation,
  medSafety: enMedSafety,
  print: enPrint,
  printDetails: enPrintDetails,
  printVitals: enPrintVitals,
  wardTime: enWardTime,
  history: enHistory,
  printHeader: enPrintHeader,
  printHandover: enPrintHandover,
  printPack: enPrintPack,
  integrity: enIntegrity,
  versions: enVersions,
  conflicts: enConflicts,
  fhirCensus: enFhirCensus,
  drafts: enDrafts,
  words: enWords,
  training: enTraining,
  reconcile: enReconcile,
  purge: enPurge,
  census: enCensus,
  recovery: enRecovery,
  wardFile: enWardFile,
  wardFileCarry: enWardFileCarry,
  sync: enSync,
  hubJoin: enHubJoin,
  censusGaps: enCensusGaps,
  lockSafety: enLockSafety,
  tablets: enTablets,
  joinWards: enJoinWards,
  common: {
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    close: 'Close',
    yes: 'Yes',
    no: 'No',
  },
};
