/**
 * A small seeded generator (mulberry32) for the demo ward: the same seed gives the same ward
 * on every machine, so tests, the benchmark and training mode all see one ward per seed.
 * Not for anything secret (temporary ids of real patients use crypto.getRandomValues).
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    // Two rounds of mixing: nearby seeds (1, 2, 3) start far apart.
    this.state = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
    this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** A float in [lo, hi). */
  between(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** One of the items, each with its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let left = this.next() * total;
    for (const [item, weight] of entries) {
      left -= weight;
      if (left < 0) return item;
    }
    const last = entries.at(-1);
    if (!last) throw new RangeError('weighted pick from an empty list');
    return last[0];
  }

  /** Up to `count` distinct items, in list order. */
  some<T>(list: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, list.length)) chosen.add(this.int(0, list.length - 1));
    return [...chosen].sort((a, b) => a - b).map((index) => list[index] as T);
  }

  /** Normal (Box–Muller), for measurements around a mean. */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A new generator for a part of the ward, so each part does not depend on the others. */
  fork(salt: number): Rng {
    return new Rng(Math.imul(this.int(0, 0x7fffffff) ^ salt, 0x27d4eb2d));
  }
}

const BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const byte = (value: number) => BYTES[value & 0xff] as string;

/**
 * A UUID v7 whose time is `ms` (the entry time: ids sort as the log was written) and whose
 * other bits come from the generator.
 */
export function uuidAt(rng: Rng, ms: number): string {
  const t = Math.floor(ms);
  const high = Math.floor(t / 2 ** 16);
  const r = () => Math.floor(rng.next() * 256);
  const time =
    byte(high >>> 24) +
    byte(high >>> 16) +
    byte(high >>> 8) +
    byte(high) +
    '-' +
    byte(t >>> 8) +
    byte(t);
  const variant = byte(0x80 | (r() & 0x3f)) + byte(r());
  let node = '';
  for (let i = 0; i < 6; i++) node += byte(r());
  return `${time}-7${byte(r()).charAt(1)}${byte(r())}-${variant}-${node}`;
}

/** The item at an index that must exist (a fixed list read with a computed index). */
export function nth<T>(list: readonly T[], index: number): T {
  const found = list[((index % list.length) + list.length) % list.length];
  if (found === undefined) throw new RangeError('nth of an empty list');
  return found;
}
