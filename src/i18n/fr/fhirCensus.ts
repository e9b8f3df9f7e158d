/** FHIR census import and imported prescriptions (the `fhirCensus` namespace, issue 13). */
export const frFhirCensus = {
  /** Why a FHIR file cannot be read at all (CensusFileError codes of the FHIR reader). */
  fileError: {
    empty: 'Le fichier est vide : aucun patient à importer.',
    tooLarge: 'Le fichier est trop gros (plus de 20 Mo) : ce n’est pas un recensement de service.',
    notJson:
      'Ce fichier n’est pas un fichier FHIR (JSON) lisible : vérifiez que c’est le bon fichier.',
    notBundle:
      'Ce fichier JSON n’est pas un Bundle FHIR : il faut l’export du recensement du service.',
    otherFhirVersion:
      'Ce fichier est écrit pour une autre version de FHIR ({detail}) : Relève lit FHIR R4. Demandez un export en R4.',
    wrongResourceType:
      'Le fichier contient un élément d’un type inconnu ou mal placé ({detail}) : il n’est pas importé.',
    brokenReference:
      'Le fichier renvoie à un élément qu’il ne contient pas ({detail}) : il est incomplet et n’est pas importé.',
    noPatient: 'Le fichier ne contient aucun patient.',
  },
  imported: {
    badge: 'Importée — à vérifier',
    hint: 'Lue dans le fichier {file} : comparez-la à la prescription avant de la considérer comme transcrite.',
    check: 'Vérifiée sur la prescription',
    checking: 'Enregistrement…',
    checked: 'Importée, vérifiée par {author} le {time}',
    printUnchecked: 'IMPORTÉE — NON VÉRIFIÉE',
    printChecked: 'importée, vérifiée ({initials})',
  },
  timeline: {
    checked: 'Prescription importée vérifiée : {drug}',
  },
};

export const frFhirCensusValidation = {
  notMapped:
    'Cette valeur du fichier ne peut pas être reprise telle quelle : saisissez-la à la main.',
  notImported: 'Cette prescription n’a pas été importée : il n’y a rien à vérifier.',
  alreadyChecked: 'Cette prescription importée a déjà été vérifiée.',
};
