import { nameTokens, type Identity } from './identity';
import { normaliseTempId } from './tempId';

/**
 * Why an existing patient may be the same person as the one being entered:
 * - sameIpp: same hospital identifier (leading zeros ignored);
 * - sameTempId: same temporary identifier;
 * - sameTraits: same birth name, first name and birth date;
 * - sameTraitsOtherName: same first name and birth date, and the birth name of one is
 *   the used name of the other (or both used names match): a married name typed as the
 *   birth name is the classic way a second record is created.
 */
export const DUPLICATE_REASONS = [
  'sameIpp',
  'sameTempId',
  'sameTraits',
  'sameTraitsOtherName',
] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/** The traits compared; an Identity has them all. */
export type DuplicateTraits = Pick<Identity, 'birthName' | 'firstName' | 'birthDate'> &
  Partial<Pick<Identity, 'usedName' | 'ipp' | 'tempId'>>;

export interface PossibleDuplicate<P> {
  patient: P;
  reasons: DuplicateReason[];
}

/**
 * Comparison key of a name: case, accents, ligatures, hyphens, spaces and apostrophes
 * do not count, so "Éloïse-Marie" and "ELOISE MARIE" give the same key.
 */
export const nameKey = (name: string): string => nameTokens(name).join('');

// Leading zeros are padding that some labels print and others drop.
const ippKey = (ipp: string): string => ipp.replace(/\s+/g, '').replace(/^0+(?=\d)/, '');

const tempIdKey = (tempId: string): string => normaliseTempId(tempId) ?? tempId.toUpperCase();

function reasonsFor(candidate: DuplicateTraits, other: DuplicateTraits): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (candidate.ipp && other.ipp && ippKey(candidate.ipp) === ippKey(other.ipp)) {
    reasons.push('sameIpp');
  }
  if (candidate.tempId && other.tempId && tempIdKey(candidate.tempId) === tempIdKey(other.tempId)) {
    reasons.push('sameTempId');
  }
  const sameBirth =
    candidate.birthDate === other.birthDate &&
    nameKey(candidate.firstName) === nameKey(other.firstName);
  if (!sameBirth) return reasons;
  if (nameKey(candidate.birthName) === nameKey(other.birthName)) {
    reasons.push('sameTraits');
    return reasons;
  }
  const names = (traits: DuplicateTraits) =>
    [traits.birthName, traits.usedName].filter((name): name is string => !!name).map(nameKey);
  const otherNames = names(other);
  if (names(candidate).some((name) => otherNames.includes(name))) {
    reasons.push('sameTraitsOtherName');
  }
  return reasons;
}

/**
 * The existing patients that may be the candidate, each with the reasons, in the order
 * given. When editing a patient, leave that patient out of `existing`.
 */
export function findPossibleDuplicates<P extends { identity: DuplicateTraits }>(
  candidate: DuplicateTraits,
  existing: readonly P[],
): PossibleDuplicate<P>[] {
  return existing.flatMap((patient) => {
    const reasons = reasonsFor(candidate, patient.identity);
    return reasons.length > 0 ? [{ patient, reasons }] : [];
  });
}
