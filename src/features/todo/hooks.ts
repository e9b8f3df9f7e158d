import { useLiveQuery } from 'dexie-react-hooks';
import { readBeds } from '../../db/beds';
import { readWardChart } from '../../db/chartReads';
import { readWardPatients } from '../../db/patients';

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
    const [patients, beds] = await Promise.all([readWardPatients(), readBeds()]);
    const present = patients.filter((patient) => patient.status === 'admitted');
    const chart = await readWardChart(present, since);
    return { patients: present, beds, chart };
  }, [since]);
}
