import { useEffect, useState } from 'react';

/** The screens; hash routes keep every screen reachable offline from the one cached page. */
export type Route =
  | { screen: 'board' }
  | { screen: 'patient'; patientId: string | null }
  | { screen: 'print' }
  | { screen: 'data' }
  | { screen: 'settings' }
  | { screen: 'author' };

export function parseRoute(hash: string): Route {
  const [, screen = '', id] = hash.replace(/^#/, '').split('/');
  switch (screen) {
    case 'patient':
      return { screen: 'patient', patientId: id ?? null };
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
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export const go = (hash: string) => {
  location.hash = hash;
};
