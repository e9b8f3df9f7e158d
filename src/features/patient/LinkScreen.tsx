import { useState, type FormEvent } from 'react';
import type { PossibleDuplicate } from '../../domain/duplicates';
import type { PatientId } from '../../domain/ids';
import type { PatientState } from '../../domain/patient';
import { useI18n } from '../../i18n/I18nProvider';
import { FormIssues, issueText } from '../../ui/FormIssues';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { TextField } from '../../ui/TextField';
import { useWriteForm } from '../../ui/useWriteForm';
import { DuplicateWarning } from './DuplicateWarning';
import { flash } from './flash';
import { tryLinkIdentifier, type SharedIpp } from './hooks';
import { SameIppChoice } from './SameIppChoice';
import { PatientFrame } from './PatientFrame';

/** Once the identity server is back: the temporary identifier gets its real IPP. */
export function LinkScreen({
  patientId,
  onSaved,
}: {
  patientId: PatientId;
  onSaved: (id: PatientId) => void;
}) {
  const { t } = useI18n();
  const form = useWriteForm();
  const [ipp, setIpp] = useState('');
  const [duplicates, setDuplicates] = useState<PossibleDuplicate<PatientState>[]>([]);
  const error = issueText(t, form.issueAt);

  async function submit(shared?: SharedIpp) {
    const result = await form.submit(() => tryLinkIdentifier(patientId, ipp, shared));
    if (result?.saved) {
      flash('linked');
      onSaved(result.value);
    } else if (result) {
      form.reset();
      setDuplicates(result.duplicates);
    }
  }

  return (
    <PatientFrame patientId={patientId} back="patient" title={t('patients.patient.linkTitle')}>
      {({ bedLabel }) => (
        <form
          autoComplete="off"
          noValidate
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void submit();
          }}
        >
          <p>{t('patients.patient.linkIntro')}</p>
          <TextField
            label={t('patients.identity.ipp')}
            hint={t('patients.form.ippHint')}
            error={error('payload.ipp')}
            value={ipp}
            onValue={(value) => {
              setIpp(value);
              setDuplicates([]);
            }}
            inputMode="numeric"
            className="input-medium"
          />
          {duplicates.length > 0 && (
            <DuplicateWarning
              matches={duplicates}
              bedLabel={bedLabel}
              busy={form.status.state === 'saving'}
              onConfirm={() => undefined}
            >
              <SameIppChoice
                patientId={patientId}
                ipp={ipp}
                busy={form.status.state === 'saving'}
                reasonError={error('payload.sharedIpp.reason')}
                onForce={(reason) =>
                  void submit({ with: duplicates.map((d) => d.patient.id), reason })
                }
              />
            </DuplicateWarning>
          )}
          <FormStatusNotice
            status={form.status.state === 'saved' ? { state: 'idle' } : form.status}
            saved=""
          />
          <FormIssues
            status={form.status}
            shown={(path) => path === 'payload.ipp' || path === 'payload.sharedIpp.reason'}
          />
          {duplicates.length === 0 && (
            <button
              type="submit"
              className="button-primary"
              disabled={form.status.state === 'saving'}
            >
              {t('patients.patient.link')}
            </button>
          )}
        </form>
      )}
    </PatientFrame>
  );
}
