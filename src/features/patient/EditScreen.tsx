import { useState } from 'react';
import type { PatientId } from '../../domain/ids';
import { useI18n } from '../../i18n/I18nProvider';
import { AdmissionForm } from './AdmissionForm';
import { fromPatient, toAdmissionInput } from './admissionValues';
import { flash } from './flash';
import { tryUpdatePatient } from './hooks';
import { PatientFrame } from './PatientFrame';
import { useReadNow, useTimeZone } from '../../ui/wardTime';

/** Corrects the identity or changes the clinical header, with a reason kept in the log. */
export function EditScreen({
  patientId,
  onSaved,
}: {
  patientId: PatientId;
  onSaved: (id: PatientId) => void;
}) {
  const { t } = useI18n();
  const readNow = useReadNow();
  const timeZone = useTimeZone();
  const [now] = useState(readNow);
  return (
    <PatientFrame patientId={patientId} back="patient" title={t('patients.form.editTitle')}>
      {({ patient, bedLabel }) => (
        <AdmissionForm
          mode="edit"
          initial={fromPatient(patient, now, timeZone)}
          opened={patient}
          beds={null}
          bedLabel={bedLabel}
          drawTempId={async () => undefined}
          save={(values, reason, confirmed, opened) =>
            tryUpdatePatient(patient.id, toAdmissionInput(values, timeZone), reason, {
              confirmed,
              opened: opened ?? patient,
            })
          }
          onSaved={(id) => {
            flash('updated');
            onSaved(id);
          }}
        />
      )}
    </PatientFrame>
  );
}
