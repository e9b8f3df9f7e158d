import { frChartingCare } from './chartingCare';
import { frChartingMeds } from './chartingMeds';
import { frChartingVitals } from './chartingVitals';

/** Bedside charting: vitals and NEWS2, medications, care, notes, corrections, "to do". */
export const frCharting = {
  nav: { todo: 'À faire' },
  titles: {
    vitals: 'Saisir des constantes',
    trends: 'Courbes et tableau des constantes',
    scale: 'Échelle SpO2 du patient',
    prescribe: 'Transcrire une prescription papier',
    change: 'Modifier une prescription',
    give: 'Administrer',
    'plan-care': 'Planifier un soin',
    note: 'Transmission ciblée',
    result: 'Résultat téléphoné',
  },
  sections: {
    label: 'Sections du dossier',
    vitals: 'Constantes',
    due: 'À faire',
    mar: 'Traitements',
    care: 'Soins',
    notes: 'Transmissions',
    timeline: 'Tout le dossier',
  },
  saved: {
    vitals: 'Constantes enregistrées.',
    scale: 'Échelle SpO2 enregistrée.',
    prescribed: 'Prescription enregistrée.',
    changed: 'Changement de prescription enregistré.',
    given: 'Administration enregistrée.',
    notGiven: 'Dose non donnée enregistrée, avec son motif.',
    planned: 'Soin planifié.',
    note: 'Transmission enregistrée.',
    result: 'Résultat enregistré.',
  },
  common: {
    by: '{time} — {author}',
    late: 'saisi le {time}',
    more: 'Afficher plus',
    beforeStay: 'Cette heure est antérieure à l’admission du patient.',
  },
  ...frChartingVitals,
  ...frChartingMeds,
  ...frChartingCare,
};
