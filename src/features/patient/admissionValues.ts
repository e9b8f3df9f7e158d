import type { AllergySeverity, IsolationPrecaution, LevelOfCare } from '../../domain/admission';
import type { Sex } from '../../domain/identity';
import type { PatientState } from '../../domain/patient';
import { dayFirstToIso, isoToDayFirst, isoToTyped, typedToIso } from '../../domain/time';
import type { TypedDateTime } from '../../ui/DateTimeField';
import type { AdmissionInput } from './hooks';

export interface AllergyValues {
  substance: string;
  reaction: string;
  severity: AllergySeverity | '';
}

/** The admission form as typed: text stays text until it is sent, so nothing typed is lost. */
export interface AdmissionValues {
  birthName: string;
  usedName: string;
  firstName: string;
  firstNames: string;
  usedFirstName: string;
  /** As typed, day first: 14/03/1950. */
  birthDate: string;
  sex: Sex | '';
  birthPlaceCode: string;
  identifier: 'ipp' | 'temp' | '';
  ipp: string;
  tempId: string;
  /** On the ward's clock, as typed. */
  admittedAt: TypedDateTime;
  bedId: string;
  reason: string;
  physician: string;
  allergyStatus: 'noneKnown' | 'known' | '';
  allergies: AllergyValues[];
  weight: string;
  height: string;
  isolation: IsolationPrecaution[];
  diet: string;
  levelOfCare: LevelOfCare | '';
  trustedName: string;
  trustedPhone: string;
  trustedRelationship: string;
  note: string;
}

export const emptyAllergy: AllergyValues = { substance: '', reaction: '', severity: '' };

export const emptyAdmission = (nowIso: string, bedId = '', timeZone?: string): AdmissionValues => ({
  birthName: '',
  usedName: '',
  firstName: '',
  firstNames: '',
  usedFirstName: '',
  birthDate: '',
  sex: '',
  birthPlaceCode: '',
  identifier: '',
  ipp: '',
  tempId: '',
  admittedAt: isoToTyped(nowIso, timeZone),
  bedId,
  reason: '',
  physician: '',
  allergyStatus: '',
  allergies: [],
  weight: '',
  height: '',
  isolation: [],
  diet: '',
  levelOfCare: '',
  trustedName: '',
  trustedPhone: '',
  trustedRelationship: '',
  note: '',
});

/** "72,5" and "72.5" are numbers; anything else is sent as typed, for the schema to refuse. */
const measure = (text: string): number | string | undefined => {
  const typed = text.trim().replace(',', '.');
  if (!typed) return undefined;
  const value = Number(typed);
  return Number.isFinite(value) ? value : text;
};

/** The instant typed; what is not one is sent as typed, for the schema to say 'invalidDate'. */
export const typedAt = ({ date, time }: TypedDateTime, timeZone?: string): string | undefined =>
  typedToIso(date, time, timeZone) ?? (date.trim() || time.trim() ? `${date} ${time}` : undefined);

/** What the write path validates: the same checks whoever sends it. */
export function toAdmissionInput(values: AdmissionValues, timeZone?: string): AdmissionInput {
  const trusted = [values.trustedName, values.trustedPhone, values.trustedRelationship];
  return {
    identity: {
      birthName: values.birthName,
      usedName: values.usedName,
      firstName: values.firstName,
      firstNames: values.firstNames,
      usedFirstName: values.usedFirstName,
      birthDate: values.birthDate.trim() ? dayFirstToIso(values.birthDate) : undefined,
      sex: values.sex || undefined,
      birthPlaceCode: values.birthPlaceCode,
      ipp: values.identifier === 'ipp' ? values.ipp : undefined,
      tempId: values.identifier === 'temp' ? values.tempId : undefined,
    },
    admittedAt: typedAt(values.admittedAt, timeZone),
    bedId: values.bedId || undefined,
    reason: values.reason,
    physician: values.physician,
    allergies:
      values.allergyStatus === 'known'
        ? {
            status: 'known',
            items: values.allergies.map((a) => ({ ...a, severity: a.severity || undefined })),
          }
        : values.allergyStatus
          ? { status: values.allergyStatus }
          : undefined,
    weightKg: measure(values.weight),
    heightCm: measure(values.height),
    isolation: values.isolation.length > 0 ? values.isolation : undefined,
    diet: values.diet,
    levelOfCare: values.levelOfCare || undefined,
    trustedPerson: trusted.some((text) => text.trim())
      ? {
          name: values.trustedName,
          phone: values.trustedPhone,
          relationship: values.trustedRelationship,
        }
      : undefined,
    note: values.note,
  };
}

/** The form filled from what is recorded: to edit the header, or to readmit. */
export function fromPatient(
  patient: PatientState,
  nowIso: string,
  timeZone?: string,
): AdmissionValues {
  const { identity: id, header } = patient;
  const allergies = header.allergies;
  return {
    ...emptyAdmission(nowIso, '', timeZone),
    birthName: id.birthName,
    usedName: id.usedName ?? '',
    firstName: id.firstName,
    firstNames: id.firstNames ?? '',
    usedFirstName: id.usedFirstName ?? '',
    birthDate: isoToDayFirst(id.birthDate),
    sex: id.sex,
    birthPlaceCode: id.birthPlaceCode ?? '',
    identifier: id.ipp ? 'ipp' : 'temp',
    ipp: id.ipp ?? '',
    tempId: id.tempId ?? '',
    reason: header.reason,
    physician: header.physician,
    // Not recorded (imported): the form asks again, nothing is preset.
    allergyStatus: allergies?.status ?? '',
    allergies:
      allergies?.status === 'known'
        ? allergies.items.map((a) => ({ ...a, reaction: a.reaction ?? '' }))
        : [],
    weight: header.weightKg?.toString() ?? '',
    height: header.heightCm?.toString() ?? '',
    // Not recorded (imported): the form asks again, nothing is preset.
    isolation: header.isolation ?? [],
    diet: header.diet ?? '',
    levelOfCare: header.levelOfCare ?? '',
    trustedName: header.trustedPerson?.name ?? '',
    trustedPhone: header.trustedPerson?.phone ?? '',
    trustedRelationship: header.trustedPerson?.relationship ?? '',
    note: header.note ?? '',
  };
}
