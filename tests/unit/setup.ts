// Every unit test runs against an in-memory IndexedDB with the real Dexie schema.
import 'fake-indexeddb/auto';
