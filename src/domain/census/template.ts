// The census CSV template (issue 13): one row per patient, French headers, as a French
// spreadsheet writes it (";" separator, dates JJ/MM/AAAA, decimal comma). docs/census.md
// describes each column; csv.ts reads it.

export type CensusColumnKey =
  | 'ipp'
  | 'birthName'
  | 'usedName'
  | 'firstNames'
  | 'birthDate'
  | 'sex'
  | 'birthPlaceCode'
  | 'bed'
  | 'admittedAt'
  | 'reason'
  | 'physician'
  | 'allergies'
  | 'isolation'
  | 'levelOfCare'
  | 'weightKg'
  | 'heightCm'
  | 'diet';

export interface CensusColumn {
  key: CensusColumnKey;
  /** The header written in the template, and shown in messages. */
  header: string;
  /** Other headers accepted for the column (hospital exports name them differently). */
  aliases: readonly string[];
  /** A file without this column cannot be imported at all. */
  required: boolean;
  /** Where its problems show in a record's issues (the admission's path). */
  path: string;
}

const column = (
  key: CensusColumnKey,
  header: string,
  path: string,
  required: boolean,
  aliases: readonly string[] = [],
): CensusColumn => ({ key, header, aliases, required, path });

export const CENSUS_COLUMNS: readonly CensusColumn[] = [
  column('ipp', 'IPP', 'identity.ipp', true, ['Identifiant patient', 'N° IPP']),
  column('birthName', 'Nom de naissance', 'identity.birthName', true, ['Nom']),
  column('usedName', 'Nom utilisé', 'identity.usedName', false, ['Nom d’usage', 'Nom marital']),
  column('firstNames', 'Prénoms', 'identity.firstNames', true, ['Prénom', 'Prénom(s)']),
  column('birthDate', 'Date de naissance', 'identity.birthDate', true, ['Né le', 'DDN']),
  column('sex', 'Sexe', 'identity.sex', true),
  column('birthPlaceCode', 'Lieu de naissance (INSEE)', 'identity.birthPlaceCode', false, [
    'Lieu de naissance',
    'Code INSEE de naissance',
  ]),
  column('bed', 'Lit', 'bed', false, ['Chambre-lit', 'N° de lit']),
  column('admittedAt', 'Entrée (date et heure)', 'admittedAt', true, [
    'Entrée',
    'Date et heure d’entrée',
    'Date d’entrée',
    'Date d’admission',
  ]),
  column('reason', 'Motif', 'reason', true, ['Motif d’hospitalisation', 'Diagnostic']),
  column('physician', 'Médecin', 'physician', true, ['Médecin responsable']),
  column('allergies', 'Allergies', 'allergies', false),
  column('isolation', 'Isolement', 'isolation', true, ['Précautions d’isolement']),
  column('levelOfCare', 'Niveau de soins', 'levelOfCare', false, [
    'Niveau d’engagement thérapeutique',
    'LAT',
  ]),
  column('weightKg', 'Poids (kg)', 'weightKg', false, ['Poids']),
  column('heightCm', 'Taille (cm)', 'heightCm', false, ['Taille']),
  column('diet', 'Régime', 'diet', false, ['Régime alimentaire']),
];

const EXAMPLES: readonly (readonly string[])[] = [
  [
    '00123456',
    'DUPONT',
    '',
    'Marie Louise',
    '14/03/1950',
    'F',
    '75056',
    '1',
    '28/11/2026 08:00',
    'Pneumopathie',
    'Dr Martin',
    'Pénicilline : urticaire (sévère) | Latex',
    'aucun',
    'pas de RCP',
    '61,5',
    '162',
    'Diabétique',
  ],
  [
    '00123457',
    'MARTIN',
    'LEROY',
    'Jean-Pierre',
    '02/07/1948',
    'M',
    '',
    '2',
    '29/11/2026 14:30',
    'Décompensation cardiaque',
    'Dr Bernard',
    'aucune',
    'contact',
    '',
    '',
    '',
    '',
  ],
];

const cell = (value: string) => (/[;"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The template as a file: a byte-order mark (a French spreadsheet then reads it as UTF-8),
 * ";" and CRLF, the header and two example patients.
 */
export const CENSUS_TEMPLATE_CSV = `\uFEFF${[CENSUS_COLUMNS.map((c) => c.header), ...EXAMPLES]
  .map((row) => row.map(cell).join(';'))
  .join('\r\n')}\r\n`;

export const CENSUS_TEMPLATE_FILE_NAME = 'releve-recensement-modele.csv';
