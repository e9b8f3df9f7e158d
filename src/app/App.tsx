import { Suspense, useEffect, type ReactNode } from 'react';
import { useHasWard, lockThisPage, useSession } from '../features/lock/hooks';
import { LockScreen } from '../features/lock/LockScreen';
import { useIdleLock } from '../features/lock/useIdleLock';
import { TrainingBanner } from '../features/training/TrainingBanner';
import { useFilling, useModeSync } from '../features/training/hooks';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { WardTimeProvider } from '../ui/wardTime';
import { Loading } from './Loading';
import { FirstRun, loadUnlocked, Unlocked } from './lazyScreens';
import { UpdatePrompt } from './UpdatePrompt';
import { usePageHideLock } from './usePageHideLock';
import { useWardTimeZone } from './useWardTimeZone';

/** The lock screen, shown first: the rest of the app loads meanwhile, ready at unlock. */
function Locked() {
  useEffect(() => {
    // A failure shows at unlock, where the lazy screen's error boundary explains it.
    loadUnlocked().catch(() => undefined);
  }, []);
  return <LockScreen />;
}

/** First run, then the lock, then who is charting and the app (Unlocked.tsx). */
function Gate() {
  const { words } = useI18n();
  const hasWard = useHasWard();
  const { locked } = useSession();
  useIdleLock();
  usePageHideLock(lockThisPage);
  useModeSync();
  // A training ward being filled is shown once whole; the band says how far it is.
  const filling = useFilling().state === 'filling';
  // The French words past the lock screen's own come in a chunk of their own (i18n/catalogs.ts).
  if (words === 'failed') throw new Error('The catalogue of words could not be loaded');
  if (hasWard === undefined || filling || (words === 'first' && !(hasWard && locked)))
    return <Loading />;
  return (
    <Suspense fallback={<Loading />}>
      {!hasWard ? <FirstRun /> : locked ? <Locked /> : <Unlocked />}
    </Suspense>
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
