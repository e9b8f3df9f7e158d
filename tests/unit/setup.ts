// Every unit test runs against an in-memory IndexedDB with the real Dexie schema.
import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import { loadCatalogs } from '../../src/i18n/catalogs';
import { UNIT_NOW } from './clock';

// And on a fixed clock that then runs on. Only Date is faked: Dexie's and fake-indexeddb's
// timers stay real.
vi.useFakeTimers({ toFake: ['Date'], now: UNIT_NOW, shouldAdvanceTime: true });

// The app loads most of its French words with import() after the lock screen (i18n/catalogs.ts);
// loaded here first, a component rendered in a test has all its words at once, as before.
await loadCatalogs('fr');
