import { z } from 'zod';

/**
 * Zod compiles fast object parsers with `new Function`, and probes for it when the first
 * object schema is built. Our Content Security Policy forbids eval, so the probe alone
 * raised a blocked-eval violation at every load. Jitless parsing is plenty fast for forms.
 * Must run before any schema is created: main.tsx imports this module first.
 */
z.config({ jitless: true });
