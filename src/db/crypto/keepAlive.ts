import type { DBCoreTransaction } from 'dexie';

/**
 * IndexedDB commits a transaction as soon as it has no pending request at the end of a task,
 * and WebCrypto resolves in a later task. Awaiting crypto inside a transaction therefore
 * commits it under the caller's feet (Dexie: PrematureCommitError, TransactionInactiveError
 * on the next read or write). So while `work` runs we keep one cheap request pending on the
 * transaction (the same trick as Dexie.waitFor), and settle only from inside a success event,
 * when the transaction is active again: the caller's next request is accepted.
 *
 * Dexie.waitFor itself is not used because it needs Dexie's zone, which is lost in the
 * callbacks of a cursor that is already running.
 */
// At Dexie's lowest level the DBCore transaction is the IDBTransaction itself.
const isIdbTransaction = (trans: DBCoreTransaction): trans is DBCoreTransaction & IDBTransaction =>
  typeof (trans as Partial<IDBTransaction>).objectStore === 'function';

export function keepTransactionAlive<T>(
  trans: DBCoreTransaction,
  storeName: string,
  work: Promise<T>,
): Promise<T> {
  if (!isIdbTransaction(trans)) return work;
  const store = trans.objectStore(storeName);
  return new Promise<T>((resolve, reject) => {
    let settle: (() => void) | null = null;
    work.then(
      (value) => (settle = () => resolve(value)),
      (error: unknown) => (settle = () => reject(error)),
    );
    const giveUp = () => void work.then(resolve, reject);
    const spin = (): void => {
      if (settle) return settle();
      let request: IDBRequest;
      try {
        request = store.get(-Infinity); // a valid key that no record of ours has
      } catch {
        return giveUp(); // the transaction already ended (aborted): nothing left to keep alive
      }
      request.onsuccess = spin;
      request.onerror = giveUp;
    };
    spin();
  });
}
