/** The three sizes, as days of the demo ward (~2,600 events a day for 30 beds). */
export const SIZES = { '10k': 4, '180k': 70, '540k': 210 } as const;
export type SizeName = keyof typeof SIZES;

export const isSize = (name: string): name is SizeName => name in SIZES;

export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 4306);
export const BENCH_DIST = process.env.BENCH_DIST ?? 'dist-bench';
export const CACHE = `${import.meta.dirname}/.cache`;
