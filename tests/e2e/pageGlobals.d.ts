/**
 * What the specs put on the page's window, in the browser, to count print dialogs and watch
 * long tasks: typed once here instead of a cast at each use. Absent until a spec sets them.
 */
declare global {
  interface Window {
    /** How many times window.print() was called (print.spec, print-pack.spec). */
    printed?: number;
    /** When window.print() was called (page time, ms), null until then (packMeasure). */
    printedAt?: number | null;
    /** Long tasks seen since `watch()`, as [start, duration] (packMeasure). */
    longTasks?: number[][];
    /** The click that changed the print choice (page time, ms), null until then (packMeasure). */
    clickAt?: number | null;
    /** When the preview became printable again after that change, null until then. */
    printableAt?: number | null;
    /** Stops the watch armed by watchPrintable. */
    stopWatch?: () => void;
    /** When the print pack said it was ready (bench/measure.spec.ts). */
    readyAt?: number | null;
    /** When the pack was planned (its events read) and all drawn (bench/measure.spec.ts). */
    packPhases?: Partial<Record<'planned' | 'drawn', number>>;
  }
  /** Chromium's heap figures (non-standard), read by the benchmark. */
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

export {};
