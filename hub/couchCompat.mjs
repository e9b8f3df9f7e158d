// Where PouchDB's answer differs from Apache CouchDB 3's, the hub answers as CouchDB does, so
// the tablets need no code path of their own for the embedded hub.

/** CouchDB's entry for a revision _bulk_get cannot find (PouchDB gives {missing} or {}). */
function bulkGetEntry(id, entry) {
  if (entry && (entry.ok || entry.error)) return entry;
  const rev = entry?.missing ?? 'undefined';
  return { error: { id, rev, error: 'not_found', reason: 'missing' } };
}

function couchBulkGet(body) {
  if (!Array.isArray(body?.results)) return body;
  return {
    results: body.results.map((result) => ({
      id: result.id,
      docs: (result.docs ?? []).map((entry) => bulkGetEntry(result.id, entry)),
    })),
  };
}

/** Middleware for POST <db>/_bulk_get: rewrites express-pouchdb's answer before it leaves. */
export function bulkGetAsCouchDb(req, res, next) {
  if (req.method !== 'POST' || !req.path.endsWith('/_bulk_get')) return next();
  const send = res.send.bind(res);
  res.send = (payload) => {
    if (res.statusCode !== 200 || !Buffer.isBuffer(payload)) return send(payload);
    try {
      return send(Buffer.from(JSON.stringify(couchBulkGet(JSON.parse(payload.toString('utf8'))))));
    } catch {
      return send(payload);
    }
  };
  next();
}
