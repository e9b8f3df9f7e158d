// The ward register of the hub: which ward databases exist and the salted hash of each
// ward's credential. Kept as one small JSON file in the data directory, written atomically,
// re-read when it changes (so `add-ward` works while the hub runs).
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'wards.json';
/** A short name a ward manager can type: lowercase letters, digits, dashes. */
const WARD_NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** No 0/O, 1/I/L: the password is read aloud and typed on a tablet. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export class HubUsageError extends Error {}

/** The CouchDB database of a ward (a database name must start with a letter). */
export function wardDbName(ward) {
  return `ward-${ward}`;
}

export function checkWardName(ward) {
  if (typeof ward !== 'string' || !WARD_NAME.test(ward)) {
    throw new HubUsageError(
      `Invalid ward name "${ward ?? ''}": use 1 to 40 lowercase letters, digits or dashes (e.g. cardio-3).`,
    );
  }
  return ward;
}

/**
 * 24 characters from a 31-letter alphabet, about 119 bits: too many to guess, so a fast
 * salted hash is enough (a slow one would cost every replication request).
 */
function newPassword() {
  const chars = Array.from({ length: 24 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 6, 12, 18].map((i) => chars.slice(i, i + 6).join('')).join('-');
}

/** Case, spaces and dashes do not count: the password is typed on a tablet's keyboard. */
function hash(salt, password) {
  const typed = password.toUpperCase().replace(/[\s-]/g, '');
  return createHash('sha256').update(salt).update(typed, 'utf8').digest('hex');
}

function read(dataDir) {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, FILE), 'utf8'));
    return parsed && typeof parsed.wards === 'object' ? parsed : { wards: {} };
  } catch (error) {
    if (error.code === 'ENOENT') return { wards: {} };
    throw error;
  }
}

function write(dataDir, register) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, FILE);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(register, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

function setCredential(dataDir, ward, mustExist) {
  checkWardName(ward);
  const register = read(dataDir);
  const exists = Object.hasOwn(register.wards, ward);
  if (exists && !mustExist) {
    throw new HubUsageError(
      `Ward "${ward}" already exists. To replace its credential: new-credential ${ward}`,
    );
  }
  if (!exists && mustExist) {
    throw new HubUsageError(`No ward "${ward}" on this hub. To create it: add-ward ${ward}`);
  }
  const password = newPassword();
  const salt = randomBytes(16).toString('hex');
  register.wards[ward] = { db: wardDbName(ward), salt, hash: hash(salt, password) };
  write(dataDir, register);
  return { ward, db: wardDbName(ward), user: wardDbName(ward), password };
}

/** Registers a ward; returns its credential, which is stored nowhere in clear. */
export function addWard(dataDir, ward) {
  return setCredential(dataDir, ward, false);
}

/** A new credential for a ward (a lost tablet): the old one stops working at once. */
export function newCredential(dataDir, ward) {
  return setCredential(dataDir, ward, true);
}

export function listWards(dataDir) {
  return Object.keys(read(dataDir).wards).sort();
}

/** The register as the running hub sees it, re-read when the file changes. */
export function wardRegister(dataDir) {
  let cached = { mtimeMs: -1, byDb: new Map() };
  const current = () => {
    let mtimeMs = 0;
    try {
      mtimeMs = statSync(join(dataDir, FILE)).mtimeMs;
    } catch {
      // No register yet: no ward, every request refused.
    }
    if (mtimeMs !== cached.mtimeMs) {
      const byDb = new Map(Object.values(read(dataDir).wards).map((entry) => [entry.db, entry]));
      cached = { mtimeMs, byDb };
    }
    return cached.byDb;
  };
  return {
    isWardDb: (db) => current().has(db),
    /** True only for this ward database's own user and password. */
    verify(db, user, password) {
      const entry = current().get(db);
      if (!entry || user !== entry.db) return false;
      const expected = Buffer.from(entry.hash, 'hex');
      const given = Buffer.from(hash(entry.salt, password), 'hex');
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}
