/**
 * What a ward sheet works out for one patient (the handover's block: her pending doses and
 * care, last NEWS2, notes), kept for her record and her events list as read (both kept as the
 * same objects while unchanged: `features/print/stable.ts`, `reuse.ts`) and the values it was
 * made with. The preview works them out one patient per step (`PackItem.steps`), then builds
 * the sheet from them; a new event rebuilds that patient's part only.
 */
export type PerPatientCache<T> = WeakMap<object, WeakMap<object, { with: unknown[]; value: T }>>;

export function perPatient<T>(
  cache: PerPatientCache<T>,
  record: object,
  events: object,
  values: unknown[],
  make: () => T,
): T {
  let byEvents = cache.get(record);
  if (!byEvents) cache.set(record, (byEvents = new WeakMap()));
  const kept = byEvents.get(events);
  const same =
    kept?.with.length === values.length && kept.with.every((v, i) => Object.is(v, values[i]));
  if (kept && same) return kept.value;
  const value = make();
  byEvents.set(events, { with: values, value });
  return value;
}
