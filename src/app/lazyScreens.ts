import { lazy } from 'react';

/*
 * Screens loaded on demand, so that the lock screen and the board open sooner. Their chunks are
 * precached by the service worker with the rest of the app: they load offline too.
 */
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
