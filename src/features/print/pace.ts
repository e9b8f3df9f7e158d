/**
 * Work per step of the preview: a step is a task of its own, so the tablet answers touches in
 * between. The pages per step follow the time the last ones took to build, draw and lay out
 * (QR codes, style and layout, forced in the step's commit: 5 to 25 ms a page depending on
 * the tablet's load), aiming at `aim` ms a task: a fixed 8 pages made tasks of several hundred
 * ms on a loaded tablet.
 */
export const STEP = { pages: 8, ms: 12, aim: 40 } as const;

/** Pages for the next step, from the time (ms) the last `pages` took: 1 to STEP.pages. */
export const nextPages = (took: number, pages: number): number =>
  Math.max(1, Math.min(STEP.pages, Math.floor((STEP.aim * pages) / Math.max(took, 1))));
