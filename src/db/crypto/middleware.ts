import { Dexie } from 'dexie';
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTableSchema,
  Middleware,
} from 'dexie';
import { decryptingCursor } from './cursor';
import { isDamaged, type DamagedRow } from './damaged';
import { CryptoError } from './errors';
import { keepTransactionAlive } from './keepAlive';
import { readCache } from './readCache';
import { decryptRecord, encryptRecord, type RecordCodec } from './recordCodec';
import { sealState } from './sealed';

export interface EncryptionOptions {
  /** Per table, the top-level fields to encrypt. Never the primary key nor an indexed field. */
  fields: Readonly<Record<string, readonly string[]>>;
  /** The ward's data key while unlocked; null while locked. Read at every operation. */
  getKey: () => CryptoKey | null;
  /**
   * Set: a record that fails its integrity check is handed out as a DamagedRow (damaged.ts)
   * and reported here, and the rest of the query reads. Unset: the whole read fails.
   */
  onDamaged?: (row: DamagedRow) => void;
  /**
   * Per table, what each whole record read becomes once decrypted (a damaged one excepted),
   * before any code above sees it: events are upgraded to their current version here
   * (db/versions.ts), the one read path of every get, query and cursor.
   */
  onRead?: Readonly<Record<string, (row: unknown) => unknown>>;
  /**
   * Per table, the clear fields sealed with each ciphertext (events: db/eventSeal.ts), which
   * records may still hold the older seal, and the derived fields to check (RecordCodec).
   */
  sealing?: Readonly<Record<string, Pick<RecordCodec, 'binding' | 'legacy' | 'derived'>>>;
}

/**
 * Dexie stacks middlewares by level, lowest next to IndexedDB. 1.5 puts this one above the
 * liveQuery cache (0), so that cache only ever holds ciphertext and a locked ward cannot be
 * read from it, and below the hooks middleware (2), so any table.hook() sees clear values.
 */
export const ENCRYPTION_MIDDLEWARE_LEVEL = 1.5;

const startsWithField = (keyPath: string | string[] | null, field: string): boolean =>
  Array.isArray(keyPath)
    ? keyPath.some((path) => startsWithField(path, field))
    : keyPath === field || (keyPath?.startsWith(`${field}.`) ?? false);

/** Why this table cannot be encrypted as configured, if it cannot. */
function configurationProblem(schema: DBCoreTableSchema, fields: readonly string[]) {
  const where = `Encryption of table "${schema.name}"`;
  const { primaryKey } = schema;
  if (primaryKey.outbound || !primaryKey.extractKey) {
    return `${where}: needs an inbound primary key (the key is bound to each ciphertext)`;
  }
  for (const field of fields) {
    if (field === '' || field.includes('.')) return `${where}: "${field}" is not a top-level field`;
    // An index on a ciphertext would be useless, and the primary key must stay readable.
    if ([primaryKey, ...schema.indexes].some((index) => startsWithField(index.keyPath, field))) {
      return `${where}: "${field}" is the primary key or indexed`;
    }
  }
  return null;
}

/**
 * `changeSpec` and `updates` repeat, in clear, the changes already applied to `values`.
 * Nothing below this level reads them (Dexie Cloud would), so they are not passed on.
 */
function withValues(req: DBCoreMutateRequest, values: unknown[]): DBCoreMutateRequest {
  if (req.type === 'put') return { ...req, values, changeSpec: undefined, updates: undefined };
  if (req.type === 'add') return { ...req, values };
  return req;
}

function encryptedTable(
  down: DBCoreTable,
  fields: readonly string[],
  { getKey, onDamaged, onRead, sealing }: EncryptionOptions,
): DBCoreTable {
  const problem = configurationProblem(down.schema, fields);
  const { extractKey } = down.schema.primaryKey;
  const codec: RecordCodec = {
    table: down.name,
    fields,
    extractKey: (value) => (extractKey ? (extractKey(value) as unknown) : undefined),
    isolate: onDamaged !== undefined,
    ...sealing?.[down.name],
  };

  const afterRead = onRead?.[down.name];
  const cache = readCache(codec.extractKey);
  const opened = (key: CryptoKey, stored: unknown) => {
    const hit = cache.get(key, stored);
    if (hit !== undefined) return Promise.resolve(hit);
    return decryptRecord(codec, key, stored).then((value) => {
      // A row that may still hold the older seal is opened again each time (db/reseal.ts).
      // A missing record (undefined) is not kept.
      if (stored !== undefined && !codec.legacy?.(codec.extractKey(stored))) {
        cache.set(key, stored, value);
      }
      return value;
    });
  };
  const decryptOne = (key: CryptoKey, stored: unknown) =>
    opened(key, stored).then((value) => {
      if (isDamaged(value)) onDamaged?.(value);
      else if (afterRead && value !== undefined) return afterRead(value);
      return value;
    });
  const decryptMany = (key: CryptoKey, stored: readonly unknown[]) =>
    Promise.all(stored.map((value) => decryptOne(key, value)));

  /**
   * Runs `op` with the data key, or rejects: 'locked' without a key, so that nothing is
   * written in clear and no ciphertext is handed out as data. Dexie.Promise, not a native
   * one, so that the code chained on it runs in Dexie's zone (its current transaction).
   */
  function withKey<T>(op: (key: CryptoKey) => Promise<T>): Promise<T> {
    if (problem) return Dexie.Promise.reject(new CryptoError('invalid-value', problem));
    const key = getKey();
    if (!key) return Dexie.Promise.reject(new CryptoError('locked', `${down.name} is locked`));
    return op(key);
  }

  return {
    ...down,
    mutate: (req) => {
      if (req.type !== 'add' && req.type !== 'put') return down.mutate(req); // deletes: no crypto
      // A damaged record read back and written (modify, put) would replace the evidence.
      if (req.values.some(isDamaged)) {
        const problem = `${down.name}: a damaged record is never written back`;
        return Dexie.Promise.reject(new CryptoError('invalid-value', problem));
      }
      return withKey((key) => {
        // Rows sealed before the transaction (sealed.ts) are stored as they are: no crypto,
        // so no wait inside the transaction for a batch sealed beforehand.
        let states: ('clear' | 'sealed')[];
        try {
          states = req.values.map((value) => sealState(down.name, key, value));
        } catch (error) {
          return Dexie.Promise.reject(error);
        }
        if (states.every((state) => state === 'sealed')) {
          return down.mutate(withValues(req, [...req.values]));
        }
        const sealing = Promise.all(
          req.values.map((value, i) =>
            states[i] === 'sealed' ? value : encryptRecord(codec, key, value),
          ),
        );
        return Dexie.Promise.resolve(keepTransactionAlive(req.trans, down.name, sealing)).then(
          (values) => down.mutate(withValues(req, values)),
        );
      });
    },
    get: (req) =>
      withKey((key) => {
        const read = down.get(req).then((stored) => decryptOne(key, stored));
        return Dexie.Promise.resolve(keepTransactionAlive(req.trans, down.name, read));
      }),
    getMany: (req) =>
      withKey((key) => {
        const read = down.getMany(req).then((stored) => decryptMany(key, stored));
        return Dexie.Promise.resolve(keepTransactionAlive(req.trans, down.name, read));
      }),
    query: (req) => {
      if (!req.values) return down.query(req); // keys only: nothing to decrypt
      return withKey((key) => {
        const read = down.query(req).then(async (response) => ({
          ...response,
          result: await decryptMany(key, response.result),
        }));
        return Dexie.Promise.resolve(keepTransactionAlive(req.trans, down.name, read));
      });
    },
    openCursor: (req) => {
      if (!req.values) return down.openCursor(req);
      return withKey((key) => {
        const decrypt = (stored: unknown) =>
          keepTransactionAlive(req.trans, down.name, decryptOne(key, stored));
        const open = down
          .openCursor(req)
          .then(
            async (raw) => raw && decryptingCursor(raw, await decryptOne(key, raw.value), decrypt),
          );
        return Dexie.Promise.resolve(keepTransactionAlive(req.trans, down.name, open));
      });
    },
  };
}

/**
 * Encrypts the listed fields of each table at rest, transparently for the rest of the app:
 * `db.use(createEncryptionMiddleware({ fields: { events: ['payload', 'author'] }, getKey }))`.
 */
export function createEncryptionMiddleware(options: EncryptionOptions): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'encryption',
    level: ENCRYPTION_MIDDLEWARE_LEVEL,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const fields = options.fields[name];
        return fields && fields.length > 0 ? encryptedTable(table, fields, options) : table;
      },
    }),
  };
}
