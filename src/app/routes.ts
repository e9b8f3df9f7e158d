import { useEffect, useState } from 'react';
import { PATIENT_ACTIONS, type PatientAction } from '../features/patient/PatientRoutes';

/** The screens; hash routes keep every screen reachable offline from the one cached page. */
export type Route =
  | { screen: 'board' }
  | { screen: 'patient'; patientId: string | null; action: PatientAction | null }
  | { screen: 'admit'; bedId: string | null }
  | { screen: 'beds' }
  | { screen: 'print' }
  | { screen: 'data' }
  | { screen: 'settings' }
  | { screen: 'author' };

export function parseRoute(hash: string): Route {
  const [, screen = '', id, action] = hash.replace(/^#/, '').split('/');
  switch (screen) {
    case 'patient':
      return {
        screen: 'patient',
        patientId: id || null,
        action: PATIENT_ACTIONS.find((known) => known === action) ?? null,
      };
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

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = (event: HashChangeEvent) => {
      const next = parseRoute(location.hash);
      const previous = new URL(event.oldURL).hash || '#/';
      if (next.screen === 'author' && parseRoute(previous).screen !== 'author') {
        beforeAuthor = previous;
      }
      setRoute(next);
    };
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export const go = (hash: string) => {
  location.hash = hash;
};

// Choosing who charts returns to the screen the nurse left, not always to the board.
let beforeAuthor = '#/';
export const backFromAuthor = () => go(beforeAuthor);
