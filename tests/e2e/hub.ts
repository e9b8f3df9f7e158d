// The real ward hub for end-to-end tests: `node hub/cli.mjs` on a free port of 127.0.0.1,
// with a temporary data directory, serving the app built for the tests (the same build
// playwright.config.ts serves: E2E_DIST, or dist as `npm test` makes it).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import leveldown from 'leveldown';
import { addWard, basic, startHubProcess, stopAllHubs, type HubProcess } from '../hub/hubProcess';

/** What a tablet types in Settings to use the hub. */
export interface HubCredential {
  url: string;
  user: string;
  password: string;
}

interface AllDocsRow {
  id: string;
  value: { rev: string };
  doc?: { _id: string; _conflicts?: string[] };
}

export interface E2eHub {
  /** http://127.0.0.1:<port>: the tablets load the app from here, and sync with it. */
  readonly origin: () => string;
  readonly credential: () => HubCredential;
  readonly dataDir: string;
  /** The hub's own output (start-up lines, refusals): never a document. */
  readonly output: () => string;
  /** SIGKILL, as a power cut or an out-of-memory kill would: no clean shutdown. */
  readonly crash: () => Promise<void>;
  /** Starts the hub again on the same data directory and the same port. */
  readonly restart: () => Promise<void>;
  /** Every document of the ward database, read from Node with the ward's credential. */
  readonly allDocs: () => Promise<AllDocsRow[]>;
  readonly stop: () => Promise<void>;
}

export async function startE2eHub(ward = 'test-ward'): Promise<E2eHub> {
  const root = mkdtempSync(join(tmpdir(), 'releve-e2e-hub-'));
  const home = {
    dataDir: join(root, 'data'),
    // Relative to the repository, as playwright.config.ts's `vite preview --outDir` is.
    distDir: resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist'),
  };
  const credentialOf = addWard(home.dataDir, ward);
  let hub: HubProcess = await startHubProcess(home);
  const port = hub.port;
  let earlier = '';
  const credential = () => ({
    url: `${hub.url}/hub/${credentialOf.db}`,
    user: credentialOf.user,
    password: credentialOf.password,
  });
  return {
    origin: () => hub.url,
    credential,
    dataDir: home.dataDir,
    output: () => earlier + hub.output(),
    crash: () => hub.kill('SIGKILL'),
    restart: async () => {
      earlier += hub.output();
      hub = await startHubProcess(home, port);
    },
    allDocs: async () => {
      const { url, user, password } = credential();
      const response = await fetch(`${url}/_all_docs?include_docs=true&conflicts=true`, {
        headers: { authorization: basic(user, password) },
      });
      if (!response.ok) throw new Error(`_all_docs: ${response.status}`);
      return ((await response.json()) as { rows: AllDocsRow[] }).rows;
    },
    stop: async () => {
      await stopAllHubs();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * The files under `dir` holding any of `needles` as bytes: UTF-8, UTF-16 (JavaScript strings,
 * and Chromium's IndexedDB for text beyond Latin-1) and Latin-1 (V8 stores other strings in
 * one byte each). Returns "file: needle" for each hit.
 */
export function filesHolding(dir: string, needles: readonly string[]): string[] {
  const encoded = needles.flatMap((needle) =>
    (['utf8', 'utf16le', 'latin1'] as const).map((encoding) => ({
      needle,
      bytes: Buffer.from(needle, encoding),
    })),
  );
  const hits = new Set<string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    let bytes: Buffer;
    try {
      if (!statSync(path).isFile()) continue;
      bytes = readFileSync(path);
    } catch {
      // A lock or socket file the browser removed meanwhile: nothing to read.
      continue;
    }
    for (const { needle, bytes: wanted } of encoded) {
      if (bytes.includes(wanted)) hits.add(`${name}: ${needle}`);
    }
  }
  return [...hits].sort();
}

/** Every key and value of one LevelDB database, read through LevelDB (tables are compressed). */
async function levelRecords(location: string): Promise<Buffer[]> {
  const db = leveldown(location);
  const call = (run: (done: (error: Error | undefined) => void) => void) =>
    new Promise<void>((resolve, reject) => run((error) => (error ? reject(error) : resolve())));
  await call((done) => db.open({ createIfMissing: false }, done));
  const iterator = db.iterator({ keyAsBuffer: true, valueAsBuffer: true });
  const records: Buffer[] = [];
  for (;;) {
    const entry = await new Promise<Buffer[] | null>((resolve, reject) =>
      iterator.next((error, key, value) =>
        error ? reject(error) : resolve(key && value ? [key, value] : null),
      ),
    );
    if (!entry) break;
    records.push(...entry);
  }
  await call((done) => iterator.end(done));
  await call((done) => db.close(done));
  return records;
}

/**
 * The databases under `dir` (the hub's, stopped) as their records: LevelDB compresses its
 * tables (Snappy), so a scan of the bytes on disk alone could miss a clear word in them.
 * Returns "database: needle" for each needle found in a key or a value.
 */
export async function recordsHolding(dir: string, needles: readonly string[]): Promise<string[]> {
  const databases = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('CURRENT'))
    .map((name) => dirname(join(dir, name)));
  const hits = new Set<string>();
  for (const location of databases) {
    const records = await levelRecords(location);
    for (const needle of needles) {
      const wanted = ['utf8', 'utf16le', 'latin1'].map((encoding) =>
        Buffer.from(needle, encoding as BufferEncoding),
      );
      if (records.some((record) => wanted.some((bytes) => record.includes(bytes)))) {
        hits.add(`${location.slice(dir.length + 1)}: ${needle}`);
      }
    }
  }
  return [...hits].sort();
}
