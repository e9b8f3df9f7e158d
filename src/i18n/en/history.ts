import type { frHistory } from '../fr/history';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The patient's history, read by windows of its newest entries (the `history` namespace). */
export const enHistory: Shape<typeof frHistory> = {
  showEarlier: 'Show earlier entries',
};
