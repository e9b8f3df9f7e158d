/**
 * Work a nurse started and waits for, that can outlast the idle lock: joining a ward (hub or
 * file), importing or making a ward file, joining two wards, a census import. Locking in the
 * middle would drop the key under it and stop it half-way; the idle lock waits for its end
 * and counts idle time from there (features/lock/useIdleLock.ts).
 */
let running = 0;

export async function asLongWork<T>(work: () => Promise<T>): Promise<T> {
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
  }
}

export const longWorkRunning = (): boolean => running > 0;
