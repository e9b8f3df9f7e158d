import { memo, useMemo } from 'react';
import type { PatientState } from '../domain/patient';
import { CarePanel } from '../features/care/CarePanel';
import { stayEvents } from '../features/chart/hooks';
import type { WardEvent } from '../domain/events';
import { ConflictPanel } from '../features/conflicts/ConflictPanel';
import { EscalationPanel } from '../features/escalation/EscalationPanel';
import { MarPanel } from '../features/meds/MarPanel';
import { NotesPanel } from '../features/notes/NotesPanel';
import { TimelinePanel } from '../features/timeline/TimelinePanel';
import { PatientDueNow } from '../features/todo/PatientDueNow';
import { VitalsPanel } from '../features/vitals/VitalsPanel';
import { useI18n } from '../i18n/I18nProvider';
import { AllergyBanner } from '../ui/AllergyBanner';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { LevelOfCareBanner } from '../ui/LevelOfCare';
import { Notice } from '../ui/Notice';
import { useNow } from '../ui/useNow';
import { useChartFlash } from './chartFlash';
import '../ui/charting.css';
import '../ui/chartingLists.css';

/**
 * The charting part of a patient's screen, composed here from the features: allergies, last
 * vitals and NEWS2, what is due now, the MAR, the care plan, the notes and the timeline. The
 * log is read once (PatientRoute, as the frame reads the patient) and handed to each section.
 * Memoised: the screen renders again when its history arrives, which changes nothing here.
 */
export const ChartSections = memo(function ChartSections({
  patient,
  events,
  bedLabel,
}: {
  patient: PatientState;
  /** The patient's whole log; undefined while it is read. */
  events: WardEvent[] | undefined;
  /** From the patient's frame, which reads the beds once for the whole screen. */
  bedLabel: (bedId: string | null) => string | undefined;
}) {
  const { t } = useI18n();
  const now = useNow();
  const saved = useChartFlash();
  const stay = useMemo(
    () => events && stayEvents(events, patient.admittedAt),
    [events, patient.admittedAt],
  );
  if (!events || !stay) return <p aria-busy="true">{t('app.loading')}</p>;
  const props = { patient, events: stay, now };
  // A discharged patient has nothing due: no "to do" section, so no link to it.
  const sections = (['vitals', 'due', 'mar', 'care', 'notes', 'timeline'] as const).filter(
    (section) => section !== 'due' || patient.status === 'admitted',
  );
  return (
    <>
      {saved && <Notice tone="success">{t(`charting.saved.${saved}`)}</Notice>}
      <ErrorBoundary part="conflicts.title">
        <ConflictPanel patient={patient} events={events} />
      </ErrorBoundary>
      <LevelOfCareBanner level={patient.header.levelOfCare} />
      <EscalationPanel {...props} />
      <nav aria-label={t('charting.sections.label')} className="section-nav">
        {sections.map((section) => (
          <a key={section} href={`#${section}-title`} onClick={jumpTo(`${section}-title`)}>
            {t(`charting.sections.${section}`)}
          </a>
        ))}
      </nav>
      <AllergyBanner allergies={patient.header.allergies} />
      {/* One failing section must not take the patient's screen down. */}
      <ErrorBoundary part="integrity.parts.vitals">
        <VitalsPanel {...props} />
      </ErrorBoundary>
      <ErrorBoundary part="integrity.parts.due">
        <PatientDueNow {...props} />
      </ErrorBoundary>
      <ErrorBoundary part="integrity.parts.mar">
        <MarPanel {...props} />
      </ErrorBoundary>
      <ErrorBoundary part="integrity.parts.care">
        <CarePanel {...props} />
      </ErrorBoundary>
      <ErrorBoundary part="integrity.parts.notes">
        <NotesPanel {...props} />
      </ErrorBoundary>
      <ErrorBoundary part="integrity.parts.timeline">
        <TimelinePanel patient={patient} events={events} bedLabel={bedLabel} />
      </ErrorBoundary>
    </>
  );
});

/** In-page links: the hash is the route, so the section is scrolled to without changing it. */
const jumpTo = (id: string) => (event: { preventDefault: () => void }) => {
  event.preventDefault();
  document.getElementById(id)?.scrollIntoView({ block: 'start' });
};
