import { IPP_PATTERN } from '../../identity';
import { codings, hasCode, list, obj, objects, str, type Json } from './json';

// Patient → identity traits (RNIV). French profiles (FR Core): the birth name is the
// `official` name, the used name `usual`; US exports (Synthea) put the married name in
// `official` and the birth name in `maiden`. The INS (NIR/NIA) is the national identifier,
// never the IPP, which is the establishment's own (identifier type PI or MR).

/** OIDs of the INS: NIR, NIA, and their test and demonstration ranges. */
const INS_SYSTEMS = [
  '1.2.250.1.213.1.4.8',
  '1.2.250.1.213.1.4.9',
  '1.2.250.1.213.1.4.10',
  '1.2.250.1.213.1.4.11',
];
const INS_TYPES = ['INS-NIR', 'INS-NIA', 'INS-C', 'NH', 'NI'];
const IPP_TYPES = ['PI', 'MR'];
const BIRTH_PLACE = 'http://hl7.org/fhir/StructureDefinition/patient-birthPlace';
const INSEE_CODE = 'https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-address-insee-code';
const SEX: Record<string, string> = { female: 'F', male: 'M', other: 'I', unknown: 'I' };

const isIns = (identifier: Json): boolean => {
  const system = str(identifier.system)?.replace(/^urn:oid:/, '');
  const types = codings(identifier.type).map((coding) => coding.code);
  return INS_SYSTEMS.includes(system ?? '') || types.some((t) => INS_TYPES.includes(String(t)));
};

/**
 * The IPP: an establishment identifier (type PI or MR) that is not the INS nor an old one;
 * one shaped like an IPP first. One of another shape is kept as it is, for the admission's
 * check to refuse it by name, rather than dropped.
 */
export function readIpp(patient: Json): string | undefined {
  const candidates = objects(patient.identifier)
    .filter((identifier) => identifier.use !== 'old' && !isIns(identifier))
    .filter((identifier) => IPP_TYPES.some((code) => hasCode(identifier.type, code)))
    .map((identifier) => str(identifier.value))
    .filter((value): value is string => value !== undefined);
  return candidates.find((value) => IPP_PATTERN.test(value.replace(/\s+/g, ''))) ?? candidates[0];
}

const given = (name: Json | undefined): string[] =>
  list(name?.given)
    .map(str)
    .filter((value): value is string => value !== undefined);

const named = (names: Json[], use: string) => names.find((name) => name.use === use);

/** The INSEE code of the place of birth, when the file gives one (never a postal code). */
function birthPlaceCode(patient: Json): string | undefined {
  const extension = objects(patient.extension).find((e) => e.url === BIRTH_PLACE);
  const address = obj(extension?.valueAddress);
  const insee = objects(address?.extension).find((e) => e.url === INSEE_CODE);
  return str(obj(insee?.valueCoding)?.code);
}

/** The identity input of the admission form, from a Patient: only the traits it gives. */
export function readIdentity(patient: Json): Record<string, unknown> {
  const names = objects(patient.name).filter((name) => name.use !== 'old');
  const official = named(names, 'official') ?? names.find((name) => name.use === undefined);
  const maiden = named(names, 'maiden');
  const usual = named(names, 'usual');
  const birth = maiden ?? official ?? usual;
  const birthName = str(birth?.family);
  const firstNames = given(official ?? birth);
  const usedFamily = str(usual?.family) ?? (maiden ? str(official?.family) : undefined);
  const usedFirst = given(usual)[0];
  const gender = str(patient.gender);
  const identity: Record<string, unknown> = {
    birthName,
    usedName: usedFamily !== birthName ? usedFamily : undefined,
    firstName: firstNames[0],
    firstNames: firstNames.length > 1 ? firstNames.join(' ') : undefined,
    usedFirstName: usedFirst !== firstNames[0] ? usedFirst : undefined,
    birthDate: str(patient.birthDate),
    sex: gender === undefined ? undefined : (SEX[gender] ?? gender),
    birthPlaceCode: birthPlaceCode(patient),
    ipp: readIpp(patient),
  };
  return Object.fromEntries(Object.entries(identity).filter(([, value]) => value !== undefined));
}

/** A person's name in words: "Dr Antonia Stark". */
export function personName(person: Json | undefined): string | undefined {
  const name = objects(person?.name)[0];
  if (!name) return undefined;
  const text = str(name.text);
  if (text) return text;
  const parts = [...list(name.prefix), ...list(name.given), name.family].map(str).filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}
