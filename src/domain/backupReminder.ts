/**
 * When a tablet should be reminded to make a ward file (issue 14, point 7): a tablet that
 * breaks takes with it what was charted on it since its last ward file left it.
 */
export const BACKUP_REMINDER_HOURS = { min: 1, max: 72, default: 12 } as const;

/** The choices Settings offers, within the bounds. */
export const BACKUP_REMINDER_CHOICES = [2, 4, 6, 8, 12, 24, 48].filter(
  (h) => h >= BACKUP_REMINDER_HOURS.min && h <= BACKUP_REMINDER_HOURS.max,
);

export const clampReminderHours = (hours: number): number =>
  Number.isFinite(hours)
    ? Math.min(BACKUP_REMINDER_HOURS.max, Math.max(BACKUP_REMINDER_HOURS.min, Math.round(hours)))
    : BACKUP_REMINDER_HOURS.default;

/** An instant as stored in local (ISO text or epoch ms); undefined when absent or unreadable. */
export function instantMs(value: string | number | undefined | null): number | undefined {
  if (value === undefined || value === null) return undefined;
  const ms = typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

export interface BackupStatus {
  /** When this tablet last made a ward file; undefined: never. */
  madeAtMs: number | undefined;
  /** True once the reminder is due. */
  due: boolean;
}

/**
 * Due when `hours` have passed since the last ward file, or, if none was ever made here,
 * since this tablet took the ward (created, joined or restored); at once when neither is
 * known (a ward older than this reminder that never made a file).
 * A clock set back (last file "in the future") does not silence it for ever: a file made
 * more than the period ahead of now counts as not made.
 */
export function backupStatus(input: {
  madeAt: string | number | undefined;
  heldSince: string | number | undefined;
  nowMs: number;
  hours: number;
}): BackupStatus {
  const madeAtMs = instantMs(input.madeAt);
  const periodMs = clampReminderHours(input.hours) * 3_600_000;
  const plausible = (ms: number | undefined) =>
    ms !== undefined && ms - input.nowMs <= periodMs ? ms : undefined;
  const reference = plausible(madeAtMs) ?? plausible(instantMs(input.heldSince));
  return { madeAtMs, due: reference === undefined || input.nowMs - reference >= periodMs };
}
