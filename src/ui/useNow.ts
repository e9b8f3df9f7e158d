import { useSyncExternalStore } from 'react';
import { toIsoWithOffset } from '../domain/time';

// One clock for every screen: what is due, late or missed changes with the minute.
const TICK_MS = 30_000;
let current = toIsoWithOffset(new Date());
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    current = toIsoWithOffset(new Date());
    timer = setInterval(() => {
      current = toIsoWithOffset(new Date());
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

/** The ward's time now (ISO with offset), refreshed every 30 seconds. */
export const useNow = (): string => useSyncExternalStore(subscribe, () => current);

/** Now, read at once: for what a form pre-fills and what a write checks. */
export const nowIso = (): string => toIsoWithOffset(new Date());
