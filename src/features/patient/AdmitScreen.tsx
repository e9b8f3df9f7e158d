import { useState } from 'react';
import type { Bed } from '../../domain/beds';
import type { PatientId } from '../../domain/ids';
import type { PatientState } from '../../domain/patient';
import { useI18n } from '../../i18n/I18nProvider';
import { AdmissionForm } from './AdmissionForm';
import { emptyAdmission, fromPatient, toAdmissionInput } from './admissionValues';
import { flash } from './flash';
import { useBeds } from '../../hooks/beds';
import { tryAdmit, tryDrawTempId, useWardPatients } from './hooks';
import { PatientFrame } from './PatientFrame';
import '../../ui/patients.css';
import { useReadNow, useTimeZone } from '../../ui/wardTime';

/** The beds a patient can be put in now: available and with nobody in them. */
function freeBeds(beds: Bed[], patients: PatientState[], keep?: string) {
  const taken = new Set(patients.filter((p) => p.status === 'admitted').map((p) => p.bed));
  return beds.filter((bed) => bed.bedId === keep || (!bed.unavailable && !taken.has(bed.bedId)));
}

/** A temporary id for the form; undefined when it could not be drawn. */
async function drawTempId() {
  const result = await tryDrawTempId();
  return result.ok ? result.value : undefined;
}

interface AdmitScreenProps {
  /** The bed tapped on the board, if any. */
  bedId: string | null;
  onSaved: (id: PatientId) => void;
}

/** A new patient arrives. */
export function AdmitScreen({ bedId, onSaved }: AdmitScreenProps) {
  const { t } = useI18n();
  const beds = useBeds();
  const patients = useWardPatients();
  const readNow = useReadNow();
  const timeZone = useTimeZone();
  const [now] = useState(readNow);
  if (!beds || !patients) return <main id="main" className="screen" aria-busy="true" />;
  const label = (id: string | null) => beds.find((b) => b.bedId === id)?.label;
  return (
    <main id="main" className="screen">
      <h1>{t('patients.form.admitTitle')}</h1>
      <AdmissionForm
        mode="admit"
        initial={emptyAdmission(now, bedId ?? '', timeZone)}
        beds={freeBeds(beds, patients, bedId ?? undefined)}
        bedLabel={label}
        drawTempId={drawTempId}
        save={(values, _reason, confirmed) =>
          tryAdmit(toAdmissionInput(values, timeZone), confirmed)
        }
        onSaved={(id) => {
          flash('admitted');
          onSaved(id);
        }}
      />
    </main>
  );
}

/** A discharged patient comes back: same record, new stay, identity and allergies prefilled. */
export function ReadmitScreen({
  patientId,
  onSaved,
}: {
  patientId: PatientId;
  onSaved: (id: PatientId) => void;
}) {
  const { t } = useI18n();
  const patients = useWardPatients();
  const readNow = useReadNow();
  const timeZone = useTimeZone();
  const [now] = useState(readNow);
  return (
    <PatientFrame patientId={patientId} back="patient" title={t('patients.form.readmitTitle')}>
      {({ patient, beds, bedLabel }) => (
        <AdmissionForm
          mode="readmit"
          initial={{ ...fromPatient(patient, now, timeZone), bedId: '' }}
          beds={freeBeds(beds, patients ?? [])}
          bedLabel={bedLabel}
          drawTempId={drawTempId}
          save={(values, _reason, confirmed) =>
            tryAdmit(toAdmissionInput(values, timeZone), confirmed, patient.id)
          }
          onSaved={(id) => {
            flash('readmitted');
            onSaved(id);
          }}
        />
      )}
    </PatientFrame>
  );
}
