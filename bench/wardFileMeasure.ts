// One module graph for scripts/wardfile-measure.mjs: the db, the session and the ward file
// code must share their module state (one database, one key in memory).
export { demoWard } from '../src/domain/demo/demoWard';
export { db } from '../src/db/db';
export { createWard } from '../src/db/createWard';
export { writeEvents } from '../src/db/append';
export { getLocal } from '../src/db/local';
export { lockSession } from '../src/db/session';
export { makeWardFile, joinWardFile } from '../src/db/wardFile';
