import { useMemo, useSyncExternalStore } from 'react';
import { nowIso, wardDate } from '../domain/time';
import { useWardTime } from './wardTime';

// One tick for every screen: what is due, late or missed changes with the minute.
const TICK_MS = 30_000;
let tick = 0;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    tick += 1;
    timer = setInterval(() => {
      tick += 1;
      listeners.forEach((notify) => notify());
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The ward's time now (ISO with the ward's offset), refreshed every 30 seconds. */
export function useNow(): string {
  const { clock, timeZone } = useWardTime();
  const at = useSyncExternalStore(subscribe, () => tick);
  // Read again on each tick, and when the ward's zone changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => nowIso(clock, timeZone), [at, clock, timeZone]);
}

/** The ward's date (YYYY-MM-DD) now, on its zone: for ages and "today". */
export function useWardToday(): string {
  const now = useNow();
  return wardDate(now, useWardTime().timeZone);
}
