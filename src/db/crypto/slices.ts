/**
 * Rows sealed per task. WebCrypto costs the page some 0.1–0.2 ms a row to ask, so a batch of a
 * thousand events (a hub pull, a ward file) sealed at once is one task of 100–200 ms: the
 * tablet would freeze for it (issue 10, no freeze over 100 ms). Enough at a time to keep
 * WebCrypto's threads busy. Outside a transaction only: inside one, Dexie's zone does not
 * survive the awaits between slices (the middleware's reads, tried, failed with
 * PrematureCommitError), so large reads inside one are cut by their callers instead
 * (db/printReads.ts `patientTempIds`).
 */
export const CRYPTO_SLICE = 200;

/**
 * `work` on each item, in order, at most `size` started before the previous ones have
 * settled: each slice is started in a task of its own (the one the last answer came in).
 */
export async function inSlices<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<R>,
  size = CRYPTO_SLICE,
): Promise<R[]> {
  if (items.length <= size) return Promise.all(items.map((item, index) => work(item, index)));
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    const slice = items.slice(start, start + size);
    results.push(...(await Promise.all(slice.map((item, i) => work(item, start + i)))));
  }
  return results;
}
