import { useEffect, useState } from 'react';
import type { PatientState } from '../domain/patient';
import { PlanCareForm } from '../features/care/PlanCareForm';
import { stayEvents, usePatientChart } from '../features/chart/hooks';
import { GiveDoseForm } from '../features/meds/GiveDoseForm';
import { PrescriptionForm } from '../features/meds/PrescriptionForm';
import { PhonedResultForm } from '../features/notes/PhonedResultForm';
import { TargetedNoteForm } from '../features/notes/TargetedNoteForm';
import { PatientFrame } from '../features/patient/PatientFrame';
import { Spo2ScaleForm } from '../features/vitals/Spo2ScaleForm';
import { TrendsView } from '../features/vitals/TrendsView';
import { VitalsForm } from '../features/vitals/VitalsForm';
import { useI18n } from '../i18n/I18nProvider';
import { LevelOfCareBanner } from '../ui/LevelOfCare';
import { useNow } from '../ui/useNow';
import { chartFlash, type ChartSaved } from './chartFlash';
import { go, type ChartRoute } from './routes';
import '../ui/charting.css';
import '../ui/chartingLists.css';

interface BodyProps {
  route: ChartRoute;
  patient: PatientState;
  onSaved: (kind: ChartSaved) => void;
}

/** The screen of one charting action; only those that need the patient's log read it. */
function ChartBody({ route, patient, onSaved }: BodyProps) {
  switch (route.action) {
    case 'vitals':
      return (
        <>
          <LevelOfCareBanner level={patient.header.levelOfCare} />
          <VitalsForm patient={patient} onSaved={() => onSaved('vitals')} />
        </>
      );
    case 'scale':
      return <Spo2ScaleForm patient={patient} onSaved={() => onSaved('scale')} />;
    case 'plan-care':
      return <PlanCareForm patient={patient} onSaved={() => onSaved('planned')} />;
    case 'note':
      return <TargetedNoteForm patient={patient} onSaved={() => onSaved('note')} />;
    case 'result':
      return <PhonedResultForm patient={patient} onSaved={() => onSaved('result')} />;
    default:
      return <LogBody route={route} patient={patient} onSaved={onSaved} />;
  }
}

/**
 * The actions fed with the patient's log. Kept apart so that a form without it does not read
 * the whole log at opening, nor again after its own save, before its "saved" shows.
 */
function LogBody({ route, patient, onSaved }: BodyProps) {
  const { t } = useI18n();
  const events = usePatientChart(patient.id);
  const now = useNow();
  if (!events) return <p aria-busy="true">{t('app.loading')}</p>;
  const stay = stayEvents(events, patient.admittedAt);
  switch (route.action) {
    case 'trends':
      return <TrendsView patient={patient} events={stay} now={now} />;
    case 'prescribe':
      return (
        <PrescriptionForm patient={patient} events={stay} onSaved={() => onSaved('prescribed')} />
      );
    case 'change':
      return (
        <PrescriptionForm
          patient={patient}
          events={stay}
          replaces={route.target}
          onSaved={() => onSaved('changed')}
        />
      );
    case 'give':
      return (
        <GiveDoseForm
          // A new dose, a new form: nothing typed for another one stays.
          key={`${route.target}/${route.slot}`}
          patient={patient}
          events={stay}
          prescriptionId={route.target ?? ''}
          dueAt={route.slot === 'prn' ? null : route.slot}
          onSaved={(outcome) => onSaved(outcome === 'given' ? 'given' : 'notGiven')}
        />
      );
    default:
      return null;
  }
}

/** Every charting screen carries the identity band and a way back to the patient. */
export function ChartRoutes({ route }: { route: ChartRoute }) {
  const { t } = useI18n();
  const [saved, setSaved] = useState<ChartSaved | null>(null);
  // Back to the patient's screen in an effect, once the form's own "saved" is in the page: the
  // hash change, which lays the page out, and the patient's screen come after it (issue 12).
  useEffect(() => {
    if (!saved) return;
    chartFlash(saved);
    go(`#/patient/${route.patientId}`);
  }, [saved, route.patientId]);
  return (
    <PatientFrame
      key={`${route.patientId}/${route.action}`}
      patientId={route.patientId}
      back="patient"
      title={t(`charting.titles.${route.action}`)}
    >
      {({ patient }) => <ChartBody route={route} patient={patient} onSaved={setSaved} />}
    </PatientFrame>
  );
}
