import type { BundleIndex } from './bundleIndex';
import { conceptText, hasCode, obj, objects, str, type Json } from './json';
import { personName } from './patient';

// The current stay (Encounter) → admission fields: when, why, who is responsible, which bed.

/** Statuses of a stay that is going on; a finished or planned one is not the census. */
const CURRENT = ['in-progress', 'arrived', 'triaged', 'onleave'];
const PARTICIPATION = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';

const start = (encounter: Json): string => str(obj(encounter.period)?.start) ?? '';

/** The patient's current stay: the latest started of those going on; none if none is. */
export const currentEncounter = (encounters: readonly Json[]): Json | undefined =>
  encounters
    .filter((encounter) => CURRENT.includes(String(encounter.status)))
    .sort((a, b) => start(b).localeCompare(start(a)))[0];

/** Who is responsible: the attender (ATND), else the primary performer, else the first. */
function physician(encounter: Json, index: BundleIndex, owner: string): string | undefined {
  const participants = objects(encounter.participant).filter((p) => obj(p.individual));
  const ranked = [
    ...participants.filter((p) => objects(p.type).some((t) => hasCode(t, 'ATND', PARTICIPATION))),
    ...participants.filter((p) => objects(p.type).some((t) => hasCode(t, 'PPRF', PARTICIPATION))),
    ...participants,
  ];
  for (const participant of ranked) {
    const display = str(obj(participant.individual)?.display);
    if (display) return display;
    let person = index.resolve(participant.individual, encounter, owner);
    if (person?.resourceType === 'PractitionerRole') {
      person = index.resolve(person.practitioner, person, owner);
    }
    const name = personName(person);
    if (name) return name;
  }
  return undefined;
}

/** The bed: a location of physical type 'bd' first, else the first active location. */
function bed(encounter: Json, index: BundleIndex, owner: string): string | undefined {
  const locations = objects(encounter.location)
    .filter((l) => l.status === undefined || l.status === 'active')
    .map((l) => ({ link: l, place: index.resolve(l.location, encounter, owner) }));
  const isBed = ({ link, place }: { link: Json; place: Json | undefined }) =>
    hasCode(link.physicalType, 'bd') || hasCode(place?.physicalType, 'bd');
  const chosen = locations.find(isBed) ?? locations[0];
  if (!chosen) return undefined;
  const ids = objects(chosen.place?.identifier).map((id) => str(id.value));
  return str(obj(chosen.link.location)?.display) ?? str(chosen.place?.name) ?? ids.find(Boolean);
}

/**
 * The reason: the stay's reason codes, else the Conditions it names (reasonReference,
 * diagnosis), else the Conditions recorded in that stay. Returns the Conditions used.
 */
function reason(encounter: Json, conditions: readonly Json[], index: BundleIndex, owner: string) {
  const codes = objects(encounter.reasonCode).map(conceptText);
  const named = [
    ...objects(encounter.reasonReference),
    ...objects(encounter.diagnosis).map((d) => obj(d.condition)),
  ]
    .map((ref) => index.resolve(ref, encounter, owner))
    .filter((c): c is Json => c?.resourceType === 'Condition');
  const inStay = conditions.filter((c) => {
    const ref = index.resolve(c.encounter, c, `Condition/${String(c.id)}`);
    return ref === encounter;
  });
  const used = named.length > 0 ? named : inStay;
  const texts = codes.some(Boolean) ? codes : used.map((c) => conceptText(c.code));
  const words = [...new Set(texts.filter((t): t is string => t !== undefined))];
  return { text: words.length > 0 ? words.join(', ') : undefined, used };
}

/** Admission fields from the current stay, and the Conditions it used. */
export function readStay(
  encounter: Json,
  conditions: readonly Json[],
  index: BundleIndex,
  owner: string,
): { admission: Record<string, unknown>; usedConditions: Json[] } {
  const why = reason(encounter, conditions, index, owner);
  const admission: Record<string, unknown> = {
    admittedAt: str(obj(encounter.period)?.start),
    reason: why.text,
    physician: physician(encounter, index, owner),
    bed: bed(encounter, index, owner),
  };
  return {
    admission: Object.fromEntries(Object.entries(admission).filter(([, v]) => v !== undefined)),
    usedConditions: why.used,
  };
}
