import type { PatientId } from '../../domain/ids';
import { awaitsImportCheck, type Prescription } from '../../domain/prescriptions';
import { useI18n } from '../../i18n/I18nProvider';
import { FormIssues } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { useWriteForm } from '../../ui/useWriteForm';
import { tryCheckImport, useMedRights } from './hooks';
import '../../ui/importCheck.css';

/**
 * An imported prescription (census file, issue 13): "to check" until a nurse compares it with
 * the order, then who checked it and when. The button is the nurse's (same right as
 * transcribing); others see the badge only.
 */
export function ImportCheck({
  prescription: p,
  patientId,
  canAct,
}: {
  prescription: Prescription;
  patientId: PatientId;
  /** The patient is on the ward: the check can be recorded. */
  canAct: boolean;
}) {
  const { t, formatDateTime } = useI18n();
  const rights = useMedRights();
  const form = useWriteForm();
  if (!p.imported) return null;
  if (p.importCheck) {
    const { author, at } = p.importCheck;
    return (
      <p className="journal-meta import-checked">
        {t('fhirCensus.imported.checked', {
          author: `${author.name} (${author.initials})`,
          time: formatDateTime(at),
        })}
      </p>
    );
  }
  if (!awaitsImportCheck(p)) return null;
  return (
    <div className="import-check">
      <p>
        <span className="badge badge-imported">⚠ {t('fhirCensus.imported.badge')}</span>
      </p>
      <p className="field-hint">{t('fhirCensus.imported.hint', { file: p.imported.file })}</p>
      {canAct && rights.prescribe && (
        <button
          type="button"
          className="button-secondary"
          disabled={form.status.state === 'saving'}
          onClick={() => void form.submit(() => tryCheckImport(patientId, p.id))}
        >
          {form.status.state === 'saving'
            ? t('fhirCensus.imported.checking')
            : t('fhirCensus.imported.check')}
          <span className="visually-hidden"> {p.drug}</span>
        </button>
      )}
      <FormStatusNotice status={form.status} saved="" />
      <FormIssues status={form.status} shown={() => false} />
    </div>
  );
}
