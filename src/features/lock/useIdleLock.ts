import { useEffect } from 'react';
import { idleTooLong } from '../../domain/lockPolicy';
import { lockWard, useLockAcrossTabs, useLockMinutes, useSession } from './hooks';
import { longWorkRunning } from '../../ui/longWork';
import { useWardTime } from '../../ui/wardTime';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
const CHECK_EVERY_MS = 10_000;

/**
 * Locks when another page of the app locks, after the set period without a touch, and on return to a page that was hidden
 * for longer than that period (timers are slowed while hidden, so that is checked on return);
 * never during long work the nurse waits for (ui/longWork.ts).
 */
export function useIdleLock(): void {
  const { locked } = useSession();
  const minutes = useLockMinutes();
  const { clock } = useWardTime();

  useLockAcrossTabs();

  useEffect(() => {
    if (locked || minutes === undefined) return;
    const nowMs = () => clock.now().getTime();
    let lastActivity = nowMs();
    const touch = () => {
      lastActivity = nowMs();
    };
    const check = () => {
      // A join or an import under way is not idleness: counted from its end.
      if (longWorkRunning()) touch();
      else if (idleTooLong(lastActivity, nowMs(), minutes)) lockWard();
    };
    const onVisibility = () => (document.hidden ? undefined : check());
    ACTIVITY.forEach((type) => addEventListener(type, touch, { passive: true, capture: true }));
    document.addEventListener('visibilitychange', onVisibility);
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => {
      ACTIVITY.forEach((type) => removeEventListener(type, touch, { capture: true }));
      document.removeEventListener('visibilitychange', onVisibility);
      clearInterval(timer);
    };
  }, [locked, minutes, clock]);
}
