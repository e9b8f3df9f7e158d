import { conceptCodes, conceptText, hasCode, objects, str, type Json } from './json';

// AllergyIntolerance → the admission's allergies. A "no known allergy" statement (SNOMED CT)
// answers the question; no statement at all leaves it unasked (never "none known").

const SNOMED = 'http://snomed.info/sct';
/** No known allergy; no known drug allergy; no known history of drug allergy. */
const NONE_KNOWN = ['716186003', '409137002', '428197003'];
/** Statements that do not stand: disproved, or written by mistake. */
const NOT_STANDING = ['refuted', 'entered-in-error'];
const NO_LONGER = ['inactive', 'resolved'];
const SEVERITY_ORDER = ['mild', 'moderate', 'severe'];
const CRITICALITY: Record<string, string> = {
  low: 'mild',
  high: 'severe',
  'unable-to-assess': 'unknown',
};

const stands = (allergy: Json) =>
  !conceptCodes(allergy.verificationStatus).some((code) => NOT_STANDING.includes(code)) &&
  !conceptCodes(allergy.clinicalStatus).some((code) => NO_LONGER.includes(code));

const isNoneKnown = (allergy: Json) =>
  NONE_KNOWN.some((code) => hasCode(allergy.code, code, SNOMED));

/** The most severe reaction recorded, else the criticality, else unknown. */
function severity(allergy: Json): string {
  const reactions = objects(allergy.reaction)
    .map((reaction) => SEVERITY_ORDER.indexOf(String(reaction.severity)))
    .filter((rank) => rank >= 0);
  const worst = SEVERITY_ORDER[Math.max(...reactions)];
  if (worst) return worst;
  return CRITICALITY[String(allergy.criticality)] ?? 'unknown';
}

function item(allergy: Json): Record<string, unknown> {
  const manifestations = objects(allergy.reaction)
    .flatMap((reaction) => objects(reaction.manifestation).map(conceptText))
    .filter((text): text is string => text !== undefined);
  const reaction =
    [...new Set(manifestations)].join(', ') || str(objects(allergy.reaction)[0]?.description);
  return {
    substance: conceptText(allergy.code),
    ...(reaction ? { reaction } : {}),
    severity: severity(allergy),
  };
}

/**
 * The allergies input (undefined when the file says nothing), and how many statements were
 * left aside (refuted, entered in error, resolved). A "none known" statement next to a real
 * allergy is kept as a contradiction for the admission's check to name ('allergyConflict').
 */
export function readAllergies(allergies: readonly Json[]): {
  allergies: Record<string, unknown> | undefined;
  ignored: number;
} {
  const standing = allergies.filter(stands);
  const ignored = allergies.length - standing.length;
  const noneKnown = standing.some(isNoneKnown);
  const items = standing.filter((allergy) => !isNoneKnown(allergy)).map(item);
  if (items.length > 0) {
    // 'noneKnown' with items is refused by the schema: the nurse sees both claims.
    return { allergies: { status: noneKnown ? 'noneKnown' : 'known', items }, ignored };
  }
  return { allergies: noneKnown ? { status: 'noneKnown' } : undefined, ignored };
}
