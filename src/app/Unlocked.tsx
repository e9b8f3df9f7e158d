import { Suspense } from 'react';
import { TodoScreen } from '../features/todo/TodoScreen';
import { DamagedBanner, DamagedPatientNotice } from '../features/integrity/DamagedNotices';
import { NewerVersionNotice } from '../features/versions/NewerVersionNotice';
import { lockWard, useSession } from '../features/lock/hooks';
import { PatientNotFound } from '../features/patient/PatientFrame';
import { PickAuthorScreen } from '../features/session/PickAuthorScreen';
import { useHubSync } from '../features/sync/hooks';
import { DraftsProvider } from '../features/drafts/DraftsProvider';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Board } from './Board';
import { PatientRoute } from './PatientRoute';
import { Loading } from './Loading';
import { AdmitScreen } from '../features/patient/lazyActions';
import { BedsScreen, ChartRoutes, DataRoutes, PrintScreen, SettingsRoutes } from './lazyScreens';
import { backFromAuthor, go, useRoute, type Route } from './routes';
import { Shell } from './Shell';

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'board':
      return <Board />;
    case 'todo':
      return <TodoScreen />;
    case 'patient':
      return <PatientRoute patientId={route.patientId} action={route.action} />;
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

/**
 * Everything after the lock: who is charting, then the shell and its screens. Its own chunk,
 * loaded while the lock screen waits for the passphrase (App.tsx), so the lock screen needs
 * none of it. The hub's sync runs from unlock to lock, so it is mounted here.
 */
export function Unlocked() {
  const route = useRoute();
  const { author } = useSession();
  useHubSync();
  if (author === null) return <PickAuthorScreen />;
  return (
    <DraftsProvider>
      <Shell route={route} author={author} onLock={lockWard}>
        <DamagedBanner />
        <NewerVersionNotice />
        {/* Keyed by route: another screen gets a fresh try. */}
        <ErrorBoundary key={JSON.stringify(route)} part={`integrity.parts.${route.screen}`}>
          <Suspense fallback={<Loading />}>
            <Screen route={route} />
          </Suspense>
        </ErrorBoundary>
      </Shell>
    </DraftsProvider>
  );
}
