/**
 * A database read hands new objects for rows that did not change, and a planned document's
 * inputs are compared by identity (`reuse.ts`): without this, any write (the identifier the
 * one-tap pack reserves for its blank sheet, a note on another screen) rebuilt every document
 * of the pack. Rows are compared by their JSON text: a patient or a bed is a few hundred bytes.
 */

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The rows read again, each one that reads the same as before (same `id`) kept as the same
 * object, and the previous list itself when every row and the order are the same.
 */
export function keepSameRows<T>(
  before: readonly T[] | undefined,
  read: readonly T[],
  id: (row: T) => string,
): readonly T[] {
  if (!before) return read;
  const previous = new Map(before.map((row) => [id(row), row]));
  const kept = read.map((row) => {
    const old = previous.get(id(row));
    return old !== undefined && sameJson(old, row) ? old : row;
  });
  const unchanged = kept.length === before.length && kept.every((row, i) => row === before[i]);
  return unchanged ? before : kept;
}
