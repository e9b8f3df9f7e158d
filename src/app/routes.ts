import { useMemo, useSyncExternalStore } from 'react';
import { parsePatientId, type PatientId } from '../domain/ids';
import { PATIENT_ACTIONS, type PatientAction } from '../features/patient/PatientRoutes';

/** What is charted for a patient, each on its own screen under #/patient/id/… */
export const CHART_ACTIONS = [
  'vitals',
  'trends',
  'scale',
  'prescribe',
  'change',
  'give',
  'plan-care',
  'note',
  'result',
] as const;
export type ChartAction = (typeof CHART_ACTIONS)[number];

export interface ChartRoute {
  screen: 'chart';
  patientId: PatientId;
  action: ChartAction;
  /** The prescription changed or given. */
  target: string | null;
  /** The dose given: its due time, or 'prn'. */
  slot: string | null;
}

/** The screens; hash routes keep every screen reachable offline from the one cached page. */
export type Route =
  | { screen: 'board' }
  | { screen: 'todo' }
  | { screen: 'patient'; patientId: PatientId | null; action: PatientAction | null }
  /** A link to a patient whose id is not one (mangled, or typed by hand). */
  | { screen: 'unknownPatient' }
  | ChartRoute
  | { screen: 'admit'; bedId: string | null }
  | { screen: 'beds' }
  | { screen: 'print' }
  | { screen: 'data' }
  | { screen: 'settings' }
  | { screen: 'author' };

export function parseRoute(hash: string): Route {
  const [, screen = '', id, action, target, slot] = hash.replace(/^#/, '').split('/');
  const decoded = (part: string | undefined) => {
    try {
      return part ? decodeURIComponent(part) : null;
    } catch {
      return part ?? null; // a mangled link: the screen says what it cannot find
    }
  };
  switch (screen) {
    case 'patient': {
      const patientId = parsePatientId(decoded(id));
      if (id && !patientId) return { screen: 'unknownPatient' };
      const chart = CHART_ACTIONS.find((known) => known === action);
      if (patientId && chart) {
        return {
          screen: 'chart',
          patientId,
          action: chart,
          target: decoded(target),
          slot: decoded(slot),
        };
      }
      return {
        screen: 'patient',
        patientId,
        action: PATIENT_ACTIONS.find((known) => known === action) ?? null,
      };
    }
    case 'todo':
      return { screen: 'todo' };
    case 'admit':
      return { screen: 'admit', bedId: id || null };
    case 'beds':
      return { screen: 'beds' };
    case 'print':
    case 'data':
    case 'settings':
    case 'author':
      return { screen };
    default:
      return { screen: 'board' };
  }
}

// Choosing who charts returns to the screen the nurse left, not always to the board.
let beforeAuthor = '#/';
function rememberBeforeAuthor(event: HashChangeEvent) {
  const previous = new URL(event.oldURL).hash || '#/';
  if (parseRoute(location.hash).screen === 'author' && parseRoute(previous).screen !== 'author') {
    beforeAuthor = previous;
  }
}

function subscribeToHash(onChange: () => void) {
  addEventListener('hashchange', rememberBeforeAuthor); // the same function: added once
  addEventListener('hashchange', onChange);
  return () => removeEventListener('hashchange', onChange);
}

/**
 * The screen of the address. An external store, not state set by a listener: React reads the
 * address again once it listens, so a tap on a link between the first drawing of the app and
 * its listener (a busy tablet, just after unlock) still opens its screen.
 */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribeToHash, () => location.hash);
  return useMemo(() => parseRoute(hash), [hash]);
}

export const go = (hash: string) => {
  location.hash = hash;
};

export const backFromAuthor = () => go(beforeAuthor);
