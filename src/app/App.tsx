import { Suspense, type ReactNode } from 'react';
import { TodoScreen } from '../features/todo/TodoScreen';
import { DamagedBanner, DamagedPatientNotice } from '../features/integrity/DamagedNotices';
import { NewerVersionNotice } from '../features/versions/NewerVersionNotice';
import { useHasWard, lockWard, lockThisPage, useSession } from '../features/lock/hooks';
import { LockScreen } from '../features/lock/LockScreen';
import { useIdleLock } from '../features/lock/useIdleLock';
import { PatientNotFound } from '../features/patient/PatientFrame';
import { PatientRoutes } from '../features/patient/PatientRoutes';
import { PickAuthorScreen } from '../features/session/PickAuthorScreen';
import { useWardTimeZone } from '../features/settings/hooks';
import { FirstRunScreen } from '../features/setup/FirstRunScreen';
import { useHubSync } from '../features/sync/hooks';
import { PurgedNotice } from '../features/purge/PurgedNotice';
import { TrainingBanner } from '../features/training/TrainingBanner';
import { TrainingEntry } from '../features/training/TrainingEntry';
import { inTraining, startFilling, useFilling, useModeSync } from '../features/training/hooks';
import { DEMO_WARD } from '../domain/demo/demoWardName';
import { DraftsProvider } from '../features/drafts/DraftsProvider';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { WardTimeProvider } from '../ui/wardTime';
import { Board } from './Board';
import { ChartSections } from './ChartSections';
import { AdmitScreen } from '../features/patient/lazyActions';
import { BedsScreen, ChartRoutes, DataRoutes, PrintScreen, SettingsRoutes } from './lazyScreens';
import { backFromAuthor, go, useRoute, type Route } from './routes';
import { Shell } from './Shell';
import { UpdatePrompt } from './UpdatePrompt';
import { usePageHideLock } from './usePageHideLock';

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'board':
      return <Board />;
    case 'todo':
      return <TodoScreen />;
    case 'patient':
      return (
        <>
          <DamagedPatientNotice patientId={route.patientId} />
          <PatientRoutes
            patientId={route.patientId}
            action={route.action}
            onSaved={(id) => go(`#/patient/${id}`)}
            charting={(patient, bedLabel) => (
              <ChartSections patient={patient} bedLabel={bedLabel} />
            )}
          />
        </>
      );
    case 'unknownPatient':
      return <PatientNotFound />;
    case 'chart':
      return (
        <>
          <DamagedPatientNotice patientId={route.patientId} />
          <ChartRoutes route={route} />
        </>
      );
    case 'admit':
      return <AdmitScreen bedId={route.bedId} onSaved={(id) => go(`#/patient/${id}`)} />;
    case 'beds':
      return <BedsScreen />;
    case 'print':
      return <PrintScreen />;
    case 'data':
      return <DataRoutes />;
    case 'settings':
      return <SettingsRoutes />;
    case 'author':
      return <PickAuthorScreen onChosen={backFromAuthor} />;
  }
}

/** First run, then the lock, then who is charting, then the app. */
function Gate() {
  const { t } = useI18n();
  const route = useRoute();
  const hasWard = useHasWard();
  const { locked, author } = useSession();
  useIdleLock();
  usePageHideLock(lockThisPage);
  useModeSync();
  useHubSync();
  // A training ward being filled is shown once whole; the band says how far it is.
  const filling = useFilling().state === 'filling';
  if (hasWard === undefined || filling) return <p className="loading">{t('app.loading')}</p>;
  if (!hasWard)
    return (
      <>
        <PurgedNotice />
        <FirstRunScreen
          {...(inTraining()
            ? { initialWard: DEMO_WARD, onCreated: startFilling, offerJoin: false }
            : {})}
        >
          <TrainingEntry firstRun />
        </FirstRunScreen>
      </>
    );
  if (locked) return <LockScreen />;
  if (author === null) return <PickAuthorScreen />;
  return (
    <DraftsProvider>
      <Shell route={route} author={author} onLock={lockWard}>
        <DamagedBanner />
        <NewerVersionNotice />
        {/* Keyed by route: another screen gets a fresh try. */}
        <ErrorBoundary key={JSON.stringify(route)} part={`integrity.parts.${route.screen}`}>
          <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
            <Screen route={route} />
          </Suspense>
        </ErrorBoundary>
      </Shell>
    </DraftsProvider>
  );
}

/** Every screen, and the shown times, on the ward's clock and zone (its settings). */
function WardTime({ children }: { children: ReactNode }) {
  return <WardTimeProvider timeZone={useWardTimeZone()}>{children}</WardTimeProvider>;
}

export function App() {
  return (
    <WardTime>
      <I18nProvider>
        <ErrorBoundary part="integrity.parts.app">
          <TrainingBanner />
          <UpdatePrompt />
          <Gate />
        </ErrorBoundary>
      </I18nProvider>
    </WardTime>
  );
}
