/**
 * What a form sends for a payload whose input type (z.input of its schema) is T: the same
 * shape, where a field may be missing or still hold the text typed (a dose that does not read
 * as a number, a date not yet complete). The schema refuses such a field by its path, the form
 * shows why, and nothing is cast on the way.
 */
export type AsTyped<T> = T extends string | number | boolean | null
  ? T | string | undefined
  : T extends readonly (infer U)[]
    ? readonly AsTyped<U>[] | string | undefined
    : T extends object
      ? { [K in keyof T]?: AsTyped<T[K]> }
      : T;
