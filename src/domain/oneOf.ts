/** Whether a string read from outside (a code, a setting, a URL) is one of `list`, as its type. */
export const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);
