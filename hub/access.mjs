// Access control in front of express-pouchdb: a ward database answers only to its own
// credential (HTTP Basic), and only for what the replication protocol needs. Everything
// server-level or administrative is refused. express-pouchdb itself checks nothing.
import express from 'express';

/** What a tablet may do in its ward database: the replication protocol, nothing else. */
const DB_ROUTES = new Map([
  ['', ['GET', 'HEAD']],
  ['_changes', ['GET', 'POST']],
  ['_revs_diff', ['POST']],
  ['_bulk_docs', ['POST']],
  ['_bulk_get', ['POST']],
  ['_all_docs', ['GET', 'POST']],
  ['_ensure_full_commit', ['POST']],
]);
const LOCAL_METHODS = ['GET', 'HEAD', 'PUT'];
const DOC_METHODS = ['GET', 'HEAD', 'PUT'];
/** A replication batch is a few hundred kilobytes; refuse anything far above. */
const BODY_LIMIT = '16mb';

function credentials(req) {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(req.get('authorization') ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Splits /<db>/<rest...> into the decoded database name and the raw segments after it. */
function parsePath(path) {
  const [, first = '', ...rest] = path.split('/');
  try {
    return { db: decodeURIComponent(first), rest: rest.filter((s, i) => s || i < rest.length - 1) };
  } catch {
    return { db: '', rest: [] };
  }
}

function allowed(method, rest) {
  if (rest.length === 0) return DB_ROUTES.get('').includes(method);
  if (rest.length === 1 && DB_ROUTES.has(rest[0])) return DB_ROUTES.get(rest[0]).includes(method);
  if (rest.length === 2 && rest[0] === '_local') return LOCAL_METHODS.includes(method);
  // One document by id; no attachments, no design documents, no _security, _purge...
  return rest.length === 1 && !rest[0].startsWith('_') && DOC_METHODS.includes(method);
}

/**
 * Never a WWW-Authenticate header: a browser would pop up its own login box over the app
 * (Apache CouchDB answers the same way by default).
 */
function refuse(res, status, log, req, db) {
  // Method, status, database and address only: never a document, a query or a header.
  log(`${status} ${req.method} ${db ? `database ${db}` : 'server'} from ${req.ip}`);
  const body =
    status === 401
      ? { error: 'unauthorized', reason: 'This ward database needs its hub credential.' }
      : { error: 'forbidden', reason: 'Not allowed on the ward hub.' };
  res.status(status).json(body);
}

export function hubAccess(register, log, ensureDb) {
  const parseJson = express.json({ limit: BODY_LIMIT });
  return (req, res, next) => {
    const given = credentials(req);
    const { db, rest } = parsePath(req.path);
    if (db === '' || db.startsWith('_')) {
      // Server level: the welcome document for a valid credential (a ward's user is its
      // database's name), nothing else.
      const valid = given !== null && register.verify(given.user, given.user, given.password);
      if (!valid) return refuse(res, 401, log, req, null);
      if (db === '' && rest.length === 0 && req.method === 'GET') return next();
      return refuse(res, 403, log, req, null);
    }
    // An unknown database and a wrong credential look the same from outside.
    if (given === null || !register.verify(db, given.user, given.password)) {
      return refuse(res, 401, log, req, db);
    }
    if (!allowed(req.method, rest)) return refuse(res, 403, log, req, db);
    if (
      (req.method === 'PUT' || req.method === 'POST') &&
      !req.is('application/json') &&
      req.get('content-length') !== '0'
    ) {
      return res.status(415).json({ error: 'bad_content_type', reason: 'JSON only.' });
    }
    parseJson(req, res, (error) => {
      if (error) {
        const status = error.status === 413 ? 413 : 400;
        return res.status(status).json({
          error: status === 413 ? 'too_large' : 'bad_request',
          reason: status === 413 ? 'The request is too large.' : 'Invalid JSON.',
        });
      }
      ensureDb(db).then(() => next(), next);
    });
  };
}
