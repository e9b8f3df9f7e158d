import type { PlanEntry } from '../../domain/census/plan';
import { CENSUS_COLUMNS } from '../../domain/census/template';
import { isOneOf } from '../../domain/oneOf';
import { isoToDayFirst } from '../../domain/time';
import type { ValidationIssue } from '../../domain/validation';
import type { Translate } from '../../i18n/translate';

const FILE_ERRORS = [
  'empty',
  'notText',
  'tooBig',
  'missingColumns',
  'wrongSeparator',
  'noRows',
  'unknownFormat',
] as const;
type FileErrorCode = (typeof FILE_ERRORS)[number];
const isKnown = (code: string): code is FileErrorCode => isOneOf(FILE_ERRORS, code);

// The FHIR Bundle reader's own codes (census/fhirBundle.ts), each a whole sentence.
const FHIR_ERRORS = [
  'notJson',
  'notBundle',
  'otherFhirVersion',
  'wrongResourceType',
  'brokenReference',
  'noPatient',
] as const;
type FhirErrorCode = (typeof FHIR_ERRORS)[number];
const isFhir = (code: string): code is FhirErrorCode => isOneOf(FHIR_ERRORS, code);

/** Why a file cannot be imported, in words; a code of another reader is said with its detail. */
export function fileErrorText(t: Translate, code: string, detail?: string): string {
  if (isFhir(code)) return t(`fhirCensus.fileError.${code}`, { detail: detail ?? '' });
  const reason = isKnown(code)
    ? t(`census.fileErrors.${code}`, { detail: detail ?? '' })
    : t('census.fileErrors.other', { detail: detail ?? code });
  return t('census.fileError', { reason });
}

// Problems are named by the file's own column headers: that is what the nurse has open.
const LABELS = new Map<string, string>([
  ...CENSUS_COLUMNS.map((c) => [c.path, c.header] as const),
  ['identity.firstName', CENSUS_COLUMNS.find((c) => c.key === 'firstNames')?.header ?? ''],
]);

/** The column (or part) a path is about; empty for the whole row. */
export function fieldLabel(t: Translate, path: string): string {
  const prescription = /^prescriptions\.(\d+)/.exec(path);
  if (prescription) return t('census.prescriptionField', { n: Number(prescription[1]) + 1 });
  let key = path;
  while (key && !LABELS.has(key)) key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '';
  return LABELS.get(key) ?? LABELS.get(`identity.${path}`) ?? '';
}

export function issueText(t: Translate, issue: ValidationIssue): string {
  const message = t(`validation.${issue.code}`);
  const field = fieldLabel(t, issue.path);
  return field ? t('census.issue', { field, message }) : message;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** "DUPONT Marie, 14/03/1950" from the identity as read (valid or not). */
export function patientText(identity: Record<string, unknown>): string {
  const name = [text(identity.birthName).toLocaleUpperCase('fr'), text(identity.firstName)];
  const born = text(identity.birthDate);
  return [name.filter(Boolean).join(' '), born && isoToDayFirst(born)].filter(Boolean).join(', ');
}

/** What the preview says of one record, after its action: the action, then what the file lacked. */
export function entryDetails(t: Translate, entry: PlanEntry): string[] {
  const gaps = [
    ...(entry.noStay && entry.kind === 'create' ? [t('censusGaps.noStay')] : []),
    ...(entry.skippedOrders ?? []).map((drug) => t('censusGaps.skippedOrder', { drug })),
  ];
  return [...actionDetails(t, entry), ...gaps];
}

// What a FHIR census leaves aside, by kind (CensusFile.skipped): named, else by resource type.
const SKIPPED_KINDS = [
  'Encounter',
  'MedicationRequest',
  'MedicationRequestNoDosage',
  'AllergyIntolerance',
  'Condition',
  'Observation',
  'Procedure',
  'Immunization',
  'Claim',
  'ExplanationOfBenefit',
] as const;
type SkippedKind = (typeof SKIPPED_KINDS)[number];
const isNamedKind = (kind: string): kind is SkippedKind => isOneOf(SKIPPED_KINDS, kind);

/** "observations (412), factures (12), autres ressources (Device) (2)": empty when nothing. */
export function skippedText(t: Translate, skipped: Record<string, number>): string {
  return Object.entries(skipped)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => {
      const name = isNamedKind(kind)
        ? t(`censusGaps.kinds.${kind}`)
        : t('censusGaps.kinds.other', { type: kind });
      return `${name} (${count})`;
    })
    .join(t('words.listSeparator'));
}

function actionDetails(t: Translate, entry: PlanEntry): string[] {
  const list = t('words.listSeparator');
  if (entry.kind === 'invalid') return entry.issues.map((issue) => issueText(t, issue));
  if (entry.kind === 'update') {
    const fields = entry.changes.map((key) => fieldLabel(t, key)).join(list);
    return [t('census.changes', { fields })];
  }
  if (entry.kind !== 'conflict' || !entry.conflict) return [];
  const { traits, duplicates } = entry.conflict;
  if (traits.length > 0) {
    const fields = traits.map((trait) => fieldLabel(t, `identity.${trait}`)).join(list);
    return [t('census.conflictTraits', { fields })];
  }
  if (duplicates.length === 0) return [t('census.conflictShared')];
  return duplicates.map((d) =>
    t('census.conflictDuplicate', { name: patientText({ ...d.patient.identity }) }),
  );
}

/** The action's name; a discharged patient created again is a readmission. */
export const kindText = (t: Translate, entry: PlanEntry): string =>
  entry.kind === 'create' && entry.patientId
    ? t('census.kinds.readmit')
    : t(`census.kinds.${entry.kind}`);
