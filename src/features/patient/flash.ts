import { useState } from 'react';

export type SavedKind = 'admitted' | 'readmitted' | 'moved' | 'discharged' | 'updated' | 'linked';

// What was just saved, said once on the next screen (the form that saved it is gone).
let pending: SavedKind | null = null;

export const flash = (kind: SavedKind) => {
  pending = kind;
};

/** The saved message for this screen, taken once. */
export function useFlash(): SavedKind | null {
  const [kind] = useState(() => {
    const value = pending;
    pending = null;
    return value;
  });
  return kind;
}
