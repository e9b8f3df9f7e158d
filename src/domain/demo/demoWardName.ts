/**
 * The demo ward's name, on its own: the first-run screen of training mode shows it without
 * loading the generator (which comes with the training ward's filling, on demand).
 */
export const DEMO_WARD = {
  name: 'Médecine polyvalente 3B',
  establishment: 'Centre hospitalier Sud Francilien',
};
