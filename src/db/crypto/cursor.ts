import type { DBCoreCursor } from 'dexie';

const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error));

/**
 * A cursor whose `value` is decrypted. Dexie reads `cursor.value` synchronously in the
 * callback it gives to `start`, so each time the underlying cursor moves we decrypt first
 * (keeping the transaction alive meanwhile) and only then call Dexie's callback. One record
 * at a time: a cursor walk costs one crypto round trip per record, a query one in all.
 *
 * @param first the already decrypted value at the cursor's first position
 * @param decrypt decrypts the raw value of the current position, transaction kept alive
 */
export function decryptingCursor(
  raw: DBCoreCursor,
  first: unknown,
  decrypt: (stored: unknown) => Promise<unknown>,
): DBCoreCursor {
  let value = first;
  // True while `value` belongs to the raw cursor's current position.
  let fresh = true;

  const cursor: DBCoreCursor = {
    get trans() {
      return raw.trans;
    },
    get key(): unknown {
      return raw.key;
    },
    get primaryKey(): unknown {
      return raw.primaryKey;
    },
    get value() {
      return value;
    },
    get done() {
      return raw.done;
    },
    continue(key?: unknown) {
      fresh = false;
      raw.continue(key);
    },
    continuePrimaryKey(key: unknown, primaryKey: unknown) {
      fresh = false;
      raw.continuePrimaryKey(key, primaryKey);
    },
    advance(count: number) {
      fresh = false;
      raw.advance(count);
    },
    start(onNext: () => void) {
      return raw.start(() => {
        if (fresh) return onNext();
        decrypt(raw.value).then(
          (clear) => {
            value = clear;
            fresh = true;
            try {
              onNext();
            } catch (error) {
              raw.fail(asError(error)); // as Dexie does for a callback that throws
            }
          },
          (error: unknown) => raw.fail(asError(error)),
        );
      });
    },
    stop(result?: unknown) {
      raw.stop(result);
    },
    fail(error: Error) {
      raw.fail(error);
    },
    // Same contract as Dexie's own cursor.next(): move one step, through our start().
    next() {
      let gotOne = 1;
      return cursor.start(() => (gotOne-- ? cursor.continue() : cursor.stop())).then(() => cursor);
    },
  };
  return cursor;
}
