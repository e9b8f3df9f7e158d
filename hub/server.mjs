// The embedded ward hub: the built app and the CouchDB replication endpoint (/hub/) on one
// origin, so the app's Content-Security-Policy stays 'self'. PouchDB on LevelDB keeps the
// data in the data directory; express-pouchdb speaks the protocol; we only configure and
// guard it (access.mjs).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { join, resolve } from 'node:path';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-node';
import { hubAccess } from './access.mjs';
import { bulkGetAsCouchDb } from './couchCompat.mjs';
import { wardRegister } from './wards.mjs';

export const HUB_PATH = '/hub';

/** The same headers as `vite preview` (vite.config.ts): the CSP of index.html, and more. */
function securityHeaders(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"\s*\/?>/.exec(
    html,
  )?.[1];
  if (!csp) throw new Error(`${distDir}/index.html has no Content-Security-Policy meta tag.`);
  return {
    'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

function pouchFor(dataDir) {
  const Pouch = PouchDB.defaults({ prefix: `${resolve(dataDir)}/` });
  const opened = new Map();
  /** A registered ward's database is created by the hub itself on its first request. */
  const ensureDb = (name) => {
    if (!opened.has(name)) {
      const ready = new Pouch(name).info().then(() => Pouch.allDbs());
      ready.catch(() => opened.delete(name));
      opened.set(name, ready);
    }
    return opened.get(name);
  };
  return { Pouch, ensureDb };
}

/** Builds the hub and listens; resolves once it accepts connections. */
export async function startHub(options) {
  const { dataDir, distDir, port, host, tls, log } = options;
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built app in ${distDir}: run "npm run build" first.`);
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const headers = securityHeaders(distDir);
  const { Pouch, ensureDb } = pouchFor(dataDir);
  const couch = expressPouchDB(Pouch, {
    // Only the routes replication needs; no config file, no log file, no admin screens.
    mode: 'minimumForPouchDB',
    overrideMode: {
      exclude: [
        'routes/all-dbs',
        'routes/attachments',
        'routes/compact',
        'routes/temp-views',
        'routes/view-cleanup',
        'routes/views',
      ],
    },
  });

  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    res.set(headers);
    next();
  });
  app.use(HUB_PATH, hubAccess(wardRegister(dataDir), log, ensureDb), bulkGetAsCouchDb, couch);
  app.use(express.static(distDir, { index: 'index.html' }));
  // The app is a single page: any other page address gets index.html, as `vite preview` does
  // (a missing file, with an extension, stays a 404).
  app.get(/^[^.]*$/, (req, res) => res.sendFile(join(resolve(distDir), 'index.html')));

  const server = tls
    ? createHttpsServer({ cert: readFileSync(tls.cert), key: readFileSync(tls.key) }, app)
    : createHttpServer(app);
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address();
  return {
    url: `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
