/**
 * Work per step of the preview: a step is a task of its own, so the tablet answers touches in
 * between. The pages per step follow the time the last ones took to build, draw and lay out
 * (QR codes, style and layout, forced in the step's commit: 5 to 25 ms a page depending on
 * the tablet's load), aiming at `aim` ms a task: a fixed 8 pages made tasks of several hundred
 * ms on a loaded tablet. The overflow check then measures pages for up to `measureMs` a task
 * (one page more may start just before it ends: 5 to 15 ms each, more under load). Aims of
 * 40 and 24 ms left tasks of 40 to 45 ms of CPU, which a shared 2-core machine stretched past
 * 100 ms of wall time (2 runs in 10 at 10k); at 25 and 12 ms, none in 10, the same time to ready.
 */
export const STEP = { pages: 8, ms: 12, aim: 25, measureMs: 12 } as const;

/** Pages for the next step, from the time (ms) the last `pages` took: 1 to STEP.pages. */
export const nextPages = (took: number, pages: number): number =>
  Math.max(1, Math.min(STEP.pages, Math.floor((STEP.aim * pages) / Math.max(took, 1))));

/**
 * Runs `work` in a task of its own (input and frames come in between), at once: posted as a
 * message, since a timer set from a timer waits at least 4 ms after five in a row, and the
 * overflow check of a pack takes some hundred tasks. Returns the cancel.
 */
export function nextTask(work: () => void): () => void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    work();
  };
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}
