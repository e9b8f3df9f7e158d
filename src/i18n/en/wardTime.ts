import type { frWardTime } from '../fr/wardTime';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The ward's time zone, a ward setting (the `wardTime` namespace, issue 11). */
export const enWardTime: Shape<typeof frWardTime> = {
  legend: 'Ward time zone',
  hint: 'The ward’s day (midnight to midnight), the times of planned doses and care, and the times shown and printed follow this zone, on every tablet of the ward. What is already recorded keeps its instant: only the time shown changes.',
  now: 'It is {time} on {date} in this zone.',
  save: 'Save the time zone',
  saved: 'Ward time zone saved: {zone}.',
  unchanged: 'This is already the ward’s time zone: {zone}.',
  zones: {
    'Europe/Paris': 'Mainland France (Paris)',
    'America/Guadeloupe': 'Guadeloupe',
    'America/Martinique': 'Martinique',
    'America/Cayenne': 'French Guiana (Cayenne)',
    'America/Miquelon': 'Saint Pierre and Miquelon',
    'Indian/Reunion': 'Reunion Island',
    'Indian/Mayotte': 'Mayotte',
    'Pacific/Noumea': 'New Caledonia (Noumea)',
    'Pacific/Tahiti': 'French Polynesia (Tahiti)',
  },
};
