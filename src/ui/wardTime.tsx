import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { DEFAULT_TIME_ZONE, isoToTyped, nowIso, systemClock, type Clock } from '../domain/time';

/** The ward's clock and time zone, as every screen reads them (issue 11). */
export interface WardTime {
  clock: Clock;
  /** IANA zone from the ward's settings: ward day, dose slots, printed and shown times. */
  timeZone: string;
}

const WardTimeContext = createContext<WardTime>({
  clock: systemClock,
  timeZone: DEFAULT_TIME_ZONE,
});

export function WardTimeProvider({
  timeZone,
  clock = systemClock,
  children,
}: {
  timeZone: string;
  clock?: Clock;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ clock, timeZone }), [clock, timeZone]);
  return <WardTimeContext.Provider value={value}>{children}</WardTimeContext.Provider>;
}

export const useWardTime = (): WardTime => useContext(WardTimeContext);

export const useTimeZone = (): string => useContext(WardTimeContext).timeZone;

/** Now, read at once on the ward's clock: for what a form pre-fills when the nurse asks. */
export function useReadNow(): () => string {
  const { clock, timeZone } = useWardTime();
  return useMemo(() => () => nowIso(clock, timeZone), [clock, timeZone]);
}

/** Now as the date and time fields show it (29/11/2026, 19:05), on the ward's clock. */
export function useTypedNow(): () => { date: string; time: string } {
  const { clock, timeZone } = useWardTime();
  return useMemo(() => () => isoToTyped(nowIso(clock, timeZone), timeZone), [clock, timeZone]);
}
