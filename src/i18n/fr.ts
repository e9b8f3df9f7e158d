import { frHistory } from './fr/history';
import { frIdentityEdits, frIdentityEditsValidation } from './fr/identityEdits';
import { frCharting } from './fr/charting';
import { frVersions, frVersionsValidation } from './fr/versions';
import { frConflicts, frConflictsValidation } from './fr/conflicts';
import { frFhirCensus, frFhirCensusValidation } from './fr/fhirCensus';
import { frEscalation, frEscalationValidation } from './fr/escalation';
import { frMedSafety, frMedSafetyValidation } from './fr/medSafety';
import { frPatients, frPatientValidation } from './fr/patients';
import { frPrint } from './fr/print';
import { frPrintHeader } from './fr/printHeader';
import { frPrintHandover } from './fr/printHandover';
import { frPrintPack } from './fr/printPack';
import { frDrafts } from './fr/drafts';
import { frPrintDetails } from './fr/printDetails';
import { frPrintVitals } from './fr/printVitals';
import { frWardTime } from './fr/wardTime';
import { frWords } from './fr/words';
import { frReconcile } from './fr/reconcile';
import { frPurge } from './fr/purge';
import { frCensus, frCensusValidation } from './fr/census';
import { frRecovery } from './fr/recovery';
import { frWardFile } from './fr/wardFile';
import { frWardFileCarry } from './fr/wardFileCarry';
import { frSync } from './fr/sync';
import { frHubJoin } from './fr/hubJoin';
import { frCensusGaps } from './fr/censusGaps';
import { frTablets } from './fr/tablets';
import { frJoinWards } from './fr/joinWards';
import { frFirst } from './fr/first';
/** French is the base language: every key exists here first, and its type checks the others. */
export const fr = {
  ...frFirst,
  nav: {
    label: 'Navigation principale',
    board: 'Service',
    patient: 'Patient',
    print: 'Impression',
    data: 'Données',
    settings: 'Réglages',
  },
  setup: {
    title: 'Créer le service',
    intro:
      'Première ouverture sur cette tablette. Indiquez le service et la personne qui saisit : chaque action enregistrée portera son nom.',
    wardSection: 'Le service',
    wardName: 'Nom du service',
    establishment: 'Établissement',
    youSection: 'Vous',
    submit: 'Créer le service',
    created: 'Service créé.',
  },
  staff: {
    name: 'Nom et prénom',
    initials: 'Initiales',
    initialsHint: '1 à 4 lettres, comme sur les feuilles papier',
    role: 'Fonction',
    roles: {
      nurse: 'Infirmier·ère (IDE)',
      aide: 'Aide-soignant·e',
      midwife: 'Sage-femme',
      physician: 'Médecin',
      student: 'Étudiant·e',
      manager: 'Cadre de santé',
      other: 'Autre',
    },
    listTitle: 'Personnes qui saisissent',
    add: 'Ajouter la personne',
    added: '{name} ajouté·e à la liste.',
    addTitle: 'Ajouter une personne',
  },
  session: {
    pickTitle: 'Qui saisit ?',
    pickIntro: 'Choisissez votre nom : vos saisies seront signées ainsi.',
    chartingAs: 'Saisie : {name}',
    switch: 'Changer de personne',
    notListed: 'Votre nom n’est pas dans la liste ?',
  },
  board: {
    title: 'Service {name}',
    patientsTitle: 'Patients présents',
    noPatients: 'Aucun patient pour l’instant.',
    bed: 'Lit {bed}',
    noBed: 'Sans lit',
    journalTitle: 'Main courante du service',
    journalHint: 'Ce qui concerne tout le service : appels, pannes, consignes.',
    noteLabel: 'Nouvelle note',
    noteSave: 'Enregistrer la note',
    noteSaved: 'Note enregistrée.',
    noNotes: 'Aucune note pour l’instant.',
    byAuthor: '{time} — {author}',
    late: 'saisie tardive à {time}',
  },
  settings: {
    title: 'Réglages',
    language: 'Langue',
    languageNames: { fr: 'Français', en: 'English' },
    storageTitle: 'Stockage sur cette tablette',
    persistent: 'Stockage persistant',
    persistentYes: 'Oui : le navigateur ne supprimera pas les données pour faire de la place.',
    persistentNo:
      'Non : le navigateur pourrait effacer les données si la tablette manque de place. Installez l’application sur l’écran d’accueil.',
    persistentUnknown: 'Inconnu sur ce navigateur.',
    used: 'Utilisé',
    available: 'Disponible',
    aboutTitle: 'À propos',
    version: 'Version',
    deviceId: 'Identifiant de la tablette',
    wardTitle: 'Service',
  },
  validation: {
    required: 'Ce champ est obligatoire.',
    tooLong: 'Ce texte est trop long.',
    invalid: 'Cette valeur n’est pas valide.',
    invalidDate: 'Cette date n’existe pas ou est mal écrite.',
    futureDate: 'Cette date est dans le futur.',
    invalidInitials: 'De 1 à 4 lettres, sans chiffre.',
    unknownType: 'Type d’enregistrement inconnu.',
    unknownEvent: 'L’enregistrement visé n’existe pas dans ce service.',
    wrongWard: 'Aucun service n’est créé sur cette tablette.',
    invalidName: 'Lettres, espaces, tirets et apostrophes uniquement.',
    tooOld: 'Naissance il y a plus de 130 ans : vérifiez l’année.',
    invalidBirthPlace: 'Code INSEE à 5 caractères (2A/2B pour la Corse, 99… pour l’étranger).',
    invalidIpp: 'L’IPP compte de 6 à 12 chiffres.',
    invalidTempId:
      'Identifiant temporaire non reconnu (TMP-XXXX-XXXX-X) : vérifiez chaque caractère.',
    missingIdentifier: 'Un IPP ou un identifiant temporaire est obligatoire.',
    firstNameNotInList: 'Le premier prénom doit être le premier de la liste des prénoms.',
    beforeBirth: 'Cette date est antérieure à la naissance.',
    outOfRange: 'Valeur hors des limites plausibles.',
    allergyConflict: '« Aucune allergie connue » ou une liste d’allergies, pas les deux.',
    duplicateAllergy: 'Cette allergie est déjà saisie.',
    isolationConflict: '« Aucune » ne se combine pas avec une précaution.',
    invalidPhone: 'Le téléphone compte de 8 à 15 chiffres.',
    weakPassphrase: 'Trop court : au moins 6 chiffres, ou une phrase d’au moins 10 caractères.',
    passphraseMismatch: 'Les deux saisies ne sont pas identiques.',
    wrongPassphrase: 'Phrase de passe incorrecte.',
    noMeasurement: 'Saisissez au moins une mesure.',
    diastolicAboveSystolic: 'La diastolique doit être inférieure à la systolique.',
    notActive: 'Cette prescription ou ce soin n’est pas en cours à cette heure.',
    alreadyRecorded:
      'Dose déjà donnée ou soin déjà fait à cet horaire : si c’est une erreur, annulez cet enregistrement.',
    prnLimitReached: 'Maximum par 24 h atteint : une dérogation avec motif est obligatoire.',
    summary: 'Rien n’a été enregistré. Corrigez les champs signalés.',
    ...frPatientValidation,
    ...frEscalationValidation,
    ...frIdentityEditsValidation,
    ...frMedSafetyValidation,
    ...frVersionsValidation,
    ...frConflictsValidation,
    ...frFhirCensusValidation,
    ...frCensusValidation,
  },
  failure: {
    quota:
      'Rien n’a été enregistré : la tablette n’a plus de place. Votre saisie est conservée à l’écran. Prévenez le cadre ou l’informatique.',
    locked: 'Rien n’a été enregistré : l’application est verrouillée.',
    noAuthor: 'Rien n’a été enregistré : choisissez d’abord qui saisit.',
    storage:
      'Rien n’a été enregistré : erreur de stockage ({detail}). Votre saisie est conservée à l’écran.',
  },
  patients: frPatients,
  identityEdits: frIdentityEdits,
  charting: frCharting,
  escalation: frEscalation,
  medSafety: frMedSafety,
  print: frPrint,
  printDetails: frPrintDetails,
  printVitals: frPrintVitals,
  wardTime: frWardTime,
  history: frHistory,
  printHeader: frPrintHeader,
  printHandover: frPrintHandover,
  printPack: frPrintPack,
  versions: frVersions,
  conflicts: frConflicts,
  fhirCensus: frFhirCensus,
  drafts: frDrafts,
  words: frWords,
  reconcile: frReconcile,
  purge: frPurge,
  census: frCensus,
  recovery: frRecovery,
  wardFile: frWardFile,
  wardFileCarry: frWardFileCarry,
  sync: frSync,
  hubJoin: frHubJoin,
  censusGaps: frCensusGaps,
  tablets: frTablets,
  joinWards: frJoinWards,
  common: {
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    cancel: 'Annuler',
    close: 'Fermer',
    yes: 'Oui',
    no: 'Non',
  },
};
