import { plural } from '../forms';
/** Census import (the `census` namespace, issue 13). */
export const frCensus = {
  title: 'Importer le recensement du service',
  intro:
    'Le fichier des patients exporté par l’hôpital (CSV selon le modèle, ou FHIR R4). Un aperçu montre ce qui sera créé ou modifié : rien n’est enregistré avant votre confirmation.',
  template: 'Télécharger le modèle CSV',
  templateHint:
    'Une ligne par patient, séparateur « ; », dates JJ/MM/AAAA. Les allergies laissées vides seront « non renseignées ».',
  file: 'Fichier du recensement (.csv, .json)',
  reading: 'Lecture du fichier…',
  fileError: 'Ce fichier ne peut pas être importé : {reason} Rien n’a été enregistré.',
  fileErrors: {
    empty: 'le fichier est vide.',
    notText:
      'ce n’est pas un fichier texte (CSV ou JSON). Vérifiez que c’est bien l’export du recensement.',
    tooBig: 'il dépasse 20 Mo, bien plus qu’un recensement. Vérifiez que c’est le bon fichier.',
    missingColumns: 'il manque des colonnes obligatoires ({detail}). Partez du modèle CSV.',
    wrongSeparator:
      'les colonnes ne sont pas séparées par « ; » ou « , ». Enregistrez-le au format CSV depuis le tableur.',
    noRows: 'il ne contient aucun patient.',
    unknownFormat: 'choisissez un fichier .csv ou .json.',
    other: 'son contenu n’est pas lisible ({detail}).',
  },
  previewTitle: 'Aperçu de l’import',
  counts: {
    create: 'À créer',
    update: 'À mettre à jour',
    unchanged: 'Inchangés',
    conflict: 'Conflits',
    invalid: 'En erreur',
  },
  table: {
    caption: 'Patients du fichier',
    line: 'Ligne',
    patient: 'Patient',
    bed: 'Lit',
    action: 'Action',
    details: 'Détails',
  },
  kinds: {
    create: 'Création',
    readmit: 'Réadmission',
    update: 'Mise à jour',
    unchanged: 'Inchangé',
    conflict: 'Conflit',
    invalid: 'Erreur',
  },
  changes: 'Modifié : {fields}',
  conflictTraits:
    'Un patient du service a cet IPP avec une autre identité ({fields}) : rien n’est modifié, vérifiez l’identité.',
  conflictDuplicate:
    'Peut-être le même patient que {name}, déjà connu du service : rien n’est importé, vérifiez l’identité.',
  conflictShared: 'Plusieurs patients présents ont cet IPP : rien n’est modifié.',
  issue: '{field} : {message}',
  bedField: 'Lit',
  prescriptionField: 'Prescription {n}',
  submit: plural({
    one: 'Importer {count} patient',
    other: 'Importer {count} patients',
  }),
  nothingToImport: 'Rien à importer : le service est déjà à jour pour ce fichier.',
  notImported: plural({
    one: '{count} ligne ne sera pas importée (conflit ou erreur) : corrigez le fichier ou saisissez le patient à la main.',
    other:
      '{count} lignes ne seront pas importées (conflits ou erreurs) : corrigez le fichier ou saisissez les patients à la main.',
  }),
  cancel: 'Annuler',
  saving: 'Import en cours…',
  done: 'Import terminé. Patients créés : {created} ; mis à jour : {updated}.',
  stale:
    'Rien n’a été enregistré : le service a changé depuis l’aperçu. L’aperçu a été refait, vérifiez-le avant d’importer.',
  failed: 'Rien n’a été enregistré : {reason}',
  updateReason: 'Recensement importé ({file})',
  allergiesUnknown:
    'Allergies non renseignées (patient importé) : vérifiez-les auprès du patient ou du prescripteur avant de transcrire.',
};

export const frCensusValidation = {
  duplicateIpp: 'Cet IPP figure sur plusieurs lignes du fichier.',
  badRow: 'Cette ligne ne se découpe pas en colonnes (guillemet non fermé ou colonnes en trop).',
};
