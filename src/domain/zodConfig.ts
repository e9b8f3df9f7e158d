import { z } from 'zod';

/**
 * Zod compiles fast object parsers with `new Function`, and probes for it when the first
 * object schema is built. Our Content Security Policy forbids eval, so the probe alone
 * raised a blocked-eval violation at every load. Jitless parsing is plenty fast for forms.
 * Must run before any schema is created. Built, it is in the chunk "zod" with zod itself
 * (vite.config.ts), which runs before any chunk that imports zod, that is, holds a schema;
 * events.ts imports it first so that it is in the build, and runs first in tests and dev too.
 * Nothing before the lock builds a schema: zod loads with the screens past it.
 */
z.config({ jitless: true });
