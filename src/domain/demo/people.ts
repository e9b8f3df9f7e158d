import type { Identity, Sex } from '../identity';
import type { Rng } from './random';

// French identities for the demo ward: common surnames and the first names of the
// generations a medical ward sees most, with INS traits (birth name, used name, first names).

// prettier-ignore
const SURNAMES = [
  'MARTIN', 'BERNARD', 'THOMAS', 'PETIT', 'ROBERT', 'RICHARD', 'DURAND', 'DUBOIS', 'MOREAU',
  'LAURENT', 'SIMON', 'MICHEL', 'LEFÈVRE', 'LEROY', 'ROUX', 'DAVID', 'BERTRAND', 'MOREL',
  'FOURNIER', 'GIRARD', 'BONNET', 'DUPONT', 'LAMBERT', 'FONTAINE', 'ROUSSEAU', 'VINCENT',
  'MULLER', 'FAURE', 'ANDRÉ', 'MERCIER', 'BLANC', 'GUÉRIN', 'BOYER', 'GARNIER', 'CHEVALIER',
  'FRANÇOIS', 'LEGRAND', 'GAUTHIER', 'GARCIA', 'PERRIN', 'ROBIN', 'CLÉMENT', 'MORIN',
  'NICOLAS', 'HENRY', 'ROUSSEL', 'MATHIEU', 'MASSON', 'LE GALL', 'DA SILVA', "N'DIAYE",
  'BENSAÏD', 'NGUYEN', 'HADDAD', 'COULIBALY', 'LE BRIS', 'SAINT-MARTIN', 'BARBIER', 'ARNAUD',
  'BRUN', 'DUMONT', 'MARCHAND', 'DUVAL', 'DENIS', 'LEMAIRE', 'JOLY', 'PICARD', 'CARON',
];

// prettier-ignore
const WOMEN = [
  'Jeanne', 'Marie', 'Monique', 'Françoise', 'Jacqueline', 'Simone', 'Denise', 'Colette',
  'Odette', 'Yvette', 'Madeleine', 'Suzanne', 'Germaine', 'Micheline', 'Nicole', 'Christiane',
  'Josiane', 'Geneviève', 'Hélène', 'Brigitte', 'Sylvie', 'Nathalie', 'Fatima', 'Yasmine',
  'Anne-Marie', 'Marie-Claude', 'Éliane', 'Thérèse', 'Paulette', 'Renée', 'Lucie', 'Aïcha',
];
// prettier-ignore
const MEN = [
  'Jean', 'Pierre', 'Michel', 'André', 'Jacques', 'Bernard', 'Claude', 'Robert', 'René',
  'Marcel', 'Roger', 'Gérard', 'Daniel', 'Henri', 'Louis', 'Georges', 'Lucien', 'Raymond',
  'Guy', 'Alain', 'Patrick', 'Philippe', 'Thierry', 'Karim', 'Mohamed', 'Nicolas', 'Thomas',
  'Jean-Pierre', 'Jean-Claude', 'François', 'Joël', 'Hervé',
];
// prettier-ignore
const MIDDLE_WOMEN = ['Marie', 'Louise', 'Jeanne', 'Andrée', 'Paule', 'Yvonne', 'Rose', 'Anne'];
// prettier-ignore
const MIDDLE_MEN = ['Louis', 'Marie', 'Joseph', 'Paul', 'Henri', 'Émile', 'André', 'Pierre'];

/** INSEE codes: communes (Paris, Lyon, Marseille, Corbeil-Essonnes, Ajaccio…) and countries. */
// prettier-ignore
const BIRTH_PLACES = [
  '75056', '75056', '69123', '13055', '31555', '33063', '59350', '44109', '67482', '35238',
  '91174', '91174', '91228', '94028', '77288', '2A004', '99350', '99352', '99351', '99139',
  '99134', '99127', '99243',
];

/** Traits of a new patient; the identifier (IPP or temporary) is added by the caller. */
export function drawIdentity(rng: Rng, sex: Sex, birthDate: string): Identity {
  const women = sex === 'F';
  const firstName = rng.pick(women ? WOMEN : MEN);
  const identity: Identity = { birthName: rng.pick(SURNAMES), firstName, birthDate, sex };
  if (rng.chance(0.75)) {
    const middles = rng.some(women ? MIDDLE_WOMEN : MIDDLE_MEN, rng.int(1, 2));
    identity.firstNames = [firstName, ...middles.filter((name) => name !== firstName)].join(' ');
  }
  // Married women of these generations mostly use their spouse's name.
  if (women && rng.chance(0.55)) {
    const used = rng.pick(SURNAMES);
    if (used !== identity.birthName) identity.usedName = used;
  }
  if (rng.chance(0.05)) identity.usedFirstName = women ? 'Mimi' : 'Jojo';
  if (rng.chance(0.9)) identity.birthPlaceCode = rng.pick(BIRTH_PLACES);
  return identity;
}

/** A birth date for an adult of a medical ward: mostly over 65. */
export function drawBirthDate(rng: Rng, startYear: number): string {
  const age = Math.round(Math.min(99, Math.max(19, rng.normal(74, 14))));
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${startYear - age}-${pad(month)}-${pad(day)}`;
}

/** Given by the downtime procedure; never two patients with one IPP here. */
export function drawIpp(rng: Rng, used: Set<string>): string {
  for (;;) {
    const ipp = String(rng.int(10_000_000, 99_999_999));
    if (!used.has(ipp)) {
      used.add(ipp);
      return ipp;
    }
  }
}
