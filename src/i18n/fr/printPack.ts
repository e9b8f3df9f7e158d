import { plural } from '../forms';

/** The ward pack (issue 10, point 8): index page, pack numbering, one-tap whole ward. */
export const frPrintPack = {
  indexTitle: 'Sommaire du dossier',
  printedBy: 'Imprimé par {name}',
  printedByUnknown: 'Imprimé sans soignant identifié',
  total: plural({
    one: '{count} page au total, sommaire compris',
    other: '{count} pages au total, sommaire compris',
  }),
  totalPending: 'Nombre total de pages\u00a0: en préparation',
  check:
    'Chaque page porte en bas à droite «\u00a0Dossier p.\u00a0N\u00a0/\u00a0total\u00a0»\u00a0: un numéro qui manque est une page manquante.',
  columns: {
    bed: 'Lit',
    document: 'Patient ou feuille',
    pages: 'Pages du dossier',
  },
  short: {
    carePlan: 'Soins 24\u00a0h',
    mar: 'Médica\u00adments',
    vitals: 'Pancarte',
    notes: 'Transmis\u00adsions',
    labels: 'Étiquettes',
  },
  blank: 'Admission vierge {id}',
  range: '{from} à {to}',
  pending: '…',
  packPage: 'Dossier p.\u00a0{n}\u00a0/\u00a0{total}',
  notReady:
    'Impression incomplète — dossier en préparation. Rien n’est imprimé tant que toutes les pages ne sont pas prêtes\u00a0: attendez «\u00a0pages prêtes à imprimer\u00a0», puis touchez «\u00a0Imprimer\u00a0».',
  printAll: 'Dossier papier complet du service',
  printAllHint:
    'Imprime en une fois toutes les feuilles de tous les patients présents, une feuille d’admission vierge et le sommaire.',
  reservingOne: 'Attribution de l’identifiant de la feuille vierge…',
};
