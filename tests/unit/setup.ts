// Every unit test runs against an in-memory IndexedDB with the real Dexie schema.
import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import { UNIT_NOW } from './clock';

// And on a fixed clock that then runs on. Only Date is faked: Dexie's and fake-indexeddb's
// timers stay real.
vi.useFakeTimers({ toFake: ['Date'], now: UNIT_NOW, shouldAdvanceTime: true });
