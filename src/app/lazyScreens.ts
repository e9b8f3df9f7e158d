import { lazy } from 'react';

/*
 * Screens loaded on demand, so that the lock screen and the board open sooner. Their chunks are
 * precached by the service worker with the rest of the app: they load offline too.
 */

/** Everything past the lock; App.tsx starts loading it as soon as the lock screen shows. */
export const loadUnlocked = () => import('./Unlocked');
export const Unlocked = lazy(() => loadUnlocked().then((m) => ({ default: m.Unlocked })));
export const FirstRun = lazy(() => import('./FirstRun').then((m) => ({ default: m.FirstRun })));
export const PrintScreen = lazy(() =>
  import('../features/print/PrintScreen').then((m) => ({ default: m.PrintScreen })),
);
export const ChartRoutes = lazy(() =>
  import('./ChartRoutes').then((m) => ({ default: m.ChartRoutes })),
);
export const DataRoutes = lazy(() =>
  import('./DataRoutes').then((m) => ({ default: m.DataRoutes })),
);
export const SettingsRoutes = lazy(() =>
  import('./SettingsRoutes').then((m) => ({ default: m.SettingsRoutes })),
);
export const BedsScreen = lazy(() =>
  import('../features/beds/BedsScreen').then((m) => ({ default: m.BedsScreen })),
);
