/**
 * Common drug classes for the allergy check at transcription (`allergyCheck.ts`). Not a drug
 * database: a short list of the classes that cause most allergy errors on a ward, with their
 * usual members under French and international names, and a few brand names sold in France
 * whose substance is certain. Written without accents or case: the matcher folds both.
 *
 * A recorded allergy "names" a class when it contains one of its `names` or one of its
 * `members` (an allergy to "amoxicilline" is an allergy to the penicillins); a drug belongs
 * to a class when its name contains one of the members.
 *
 * Cross-reactivity: a penicillin allergy is a warning for a cephalosporin (and the reverse).
 * The risk is low (about 1 to 2 %, mostly with first-generation cephalosporins whose side
 * chain is like amoxicillin's: cefalexine, cefadroxil), but a severe reaction is possible:
 * the nurse checks with the prescriber and records it as an override.
 */
export const DRUG_CLASS_IDS = [
  'penicillins',
  'cephalosporins',
  'sulfonamides',
  'nsaids',
  'opioids',
  'iodinatedContrast',
  'latex',
] as const;
export type DrugClassId = (typeof DRUG_CLASS_IDS)[number];

export interface DrugClass {
  id: DrugClassId;
  /** How an allergy to the whole class is written. */
  names: readonly string[];
  /** Substances (and certain brand names) of the class. */
  members: readonly string[];
  /** Classes whose members may cross-react. */
  crossReactsWith?: readonly DrugClassId[];
}

export const DRUG_CLASSES: readonly DrugClass[] = [
  {
    id: 'penicillins',
    names: ['penicilline', 'penicillin', 'penicillines', 'penicillins', 'betalactamine'],
    members: [
      'amoxicilline',
      'amoxicillin',
      'ampicilline',
      'ampicillin',
      'penicilline g',
      'penicilline v',
      'penicillin g',
      'penicillin v',
      'benzylpenicilline',
      'benzylpenicillin',
      'phenoxymethylpenicilline',
      'phenoxymethylpenicillin',
      'oxacilline',
      'oxacillin',
      'cloxacilline',
      'cloxacillin',
      'flucloxacilline',
      'flucloxacillin',
      'piperacilline',
      'piperacillin',
      'ticarcilline',
      'ticarcillin',
      'temocilline',
      'pivmecillinam',
      // Brands (France): Augmentin and Clamoxyl (amoxicillin), Oracilline (penicillin V),
      // Extencilline (benzathine penicillin G), Orbenine (cloxacillin), Bristopen
      // (oxacillin), Tazocilline (piperacillin-tazobactam), Selexid (pivmecillinam).
      'augmentin',
      'clamoxyl',
      'oracilline',
      'extencilline',
      'orbenine',
      'bristopen',
      'tazocilline',
      'selexid',
    ],
    crossReactsWith: ['cephalosporins'],
  },
  {
    id: 'cephalosporins',
    names: ['cephalosporine', 'cephalosporin', 'cephalosporines', 'cephalosporins'],
    members: [
      'cefalexine',
      'cefalexin',
      'cephalexin',
      'cefadroxil',
      'cefazoline',
      'cefazolin',
      'cefuroxime',
      'cefoxitine',
      'cefoxitin',
      'ceftriaxone',
      'cefotaxime',
      'ceftazidime',
      'cefepime',
      'cefixime',
      'cefpodoxime',
      'ceftaroline',
      'ceftolozane',
      'cefiderocol',
      // Brands (France): Rocephine (ceftriaxone), Claforan (cefotaxime), Fortum
      // (ceftazidime), Zinnat (cefuroxime), Orelox (cefpodoxime), Oroken (cefixime).
      'rocephine',
      'claforan',
      'fortum',
      'zinnat',
      'orelox',
      'oroken',
    ],
    crossReactsWith: ['penicillins'],
  },
  {
    id: 'sulfonamides',
    names: ['sulfamide', 'sulfamides', 'sulfonamide', 'sulfonamides', 'sulfa'],
    members: [
      'sulfamethoxazole',
      'cotrimoxazole',
      'co trimoxazole',
      'sulfadiazine',
      'sulfasalazine',
      // Brand (France): Bactrim (sulfamethoxazole-trimethoprim).
      'bactrim',
    ],
  },
  {
    id: 'nsaids',
    names: [
      'ains',
      'anti inflammatoire non steroidien',
      'anti inflammatoires non steroidiens',
      'nsaid',
      'nsaids',
    ],
    members: [
      'ibuprofene',
      'ibuprofen',
      'ketoprofene',
      'ketoprofen',
      'diclofenac',
      'naproxene',
      'naproxen',
      'aspirine',
      'aspirin',
      'acide acetylsalicylique',
      'acetylsalicylic acid',
      'flurbiprofene',
      'flurbiprofen',
      'indometacine',
      'indomethacin',
      'piroxicam',
      'meloxicam',
      'ketorolac',
      'acide mefenamique',
      'mefenamic acid',
      // Brands (France): Advil and Nurofen (ibuprofen), Profenid (ketoprofen), Voltarene
      // (diclofenac), Aspegic and Kardegic (aspirin).
      'advil',
      'nurofen',
      'profenid',
      'voltarene',
      'aspegic',
      'kardegic',
    ],
  },
  {
    id: 'opioids',
    names: ['opioide', 'opioides', 'opiace', 'opiaces', 'morphinique', 'morphiniques', 'opioid'],
    members: [
      'morphine',
      'oxycodone',
      'tramadol',
      'codeine',
      'fentanyl',
      'sufentanil',
      'remifentanil',
      'alfentanil',
      'hydromorphone',
      'nalbuphine',
      'buprenorphine',
      'methadone',
      'tapentadol',
      'pethidine',
      'dihydrocodeine',
      // Brands (France): Skenan and Actiskenan (morphine), Oxycontin and Oxynorm
      // (oxycodone), Topalgic and Contramal (tramadol), Durogesic (fentanyl).
      'skenan',
      'actiskenan',
      'oxycontin',
      'oxynorm',
      'topalgic',
      'contramal',
      'durogesic',
    ],
  },
  {
    id: 'iodinatedContrast',
    names: [
      'produit de contraste iode',
      'produits de contraste iodes',
      'iode',
      'iodinated contrast',
      'contrast media',
    ],
    members: [
      'iohexol',
      'iopamidol',
      'iodixanol',
      'iomeprol',
      'iobitridol',
      'ioversol',
      'iopromide',
      'produit de contraste iode',
      // Brands: Omnipaque (iohexol), Iopamiron (iopamidol), Visipaque (iodixanol), Iomeron
      // (iomeprol), Xenetix (iobitridol).
      'omnipaque',
      'iopamiron',
      'visipaque',
      'iomeron',
      'xenetix',
    ],
  },
  {
    id: 'latex',
    names: ['latex', 'caoutchouc naturel', 'natural rubber'],
    members: ['latex'],
  },
];
