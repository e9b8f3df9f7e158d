import { useLiveQuery } from 'dexie-react-hooks';
import { readBeds } from '../../db/beds';
import { readWardChart } from '../../db/chartReads';
import { readPresentPatients } from '../../db/presence';

const HOUR = 3_600_000;
/** How far back doses and care are read: the list looks 24 h back, and a dose's window more. */
const LOOKBACK_HOURS = 30;

/**
 * The patients present with their beds and what the "to do" list needs of their log. Read
 * from an hour boundary, so that the minute ticking does not read again; live otherwise.
 */
export function useWardTodoSources(now: string) {
  const since = Math.floor((Date.parse(now) - LOOKBACK_HOURS * HOUR) / HOUR) * HOUR;
  return useLiveQuery(async () => {
    // Those present only: not the hundreds discharged over a long outage (db/presence.ts).
    const [present, beds] = await Promise.all([readPresentPatients(), readBeds()]);
    const chart = await readWardChart(present, since);
    return { patients: present, beds, chart };
  }, [since]);
}
