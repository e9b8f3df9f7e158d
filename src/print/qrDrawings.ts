import { qrDrawing, type QrDrawing } from './qr';

/**
 * The QR codes of the printed pages, drawn by a worker (qrWorker.ts): encoding is 3 to 4 ms
 * a code, mostly choosing its mask, and a ward pack has one a page. A code is asked for when
 * its page is drawn, and shows when the worker answers; the preview waits until none is
 * pending (`whenCodesDrawn`) before it measures the pages, and only then can a pack print.
 * Without a worker (tests, a failure, one silent too long), codes are encoded on the main
 * thread.
 */

/** Codes already drawn, by text: choosing again draws mostly the same pages. Bounded. */
const drawn = new Map<string, QrDrawing>();
const KEEP = 2_000;
const pending = new Set<string>();
const queued: string[] = [];
const listeners = new Set<() => void>();
let worker: Worker | null | undefined;
/**
 * A worker that stops answering must not keep the pack from printing: with codes pending and
 * no answer for this long, they are encoded here. Each answer starts the wait again (a
 * loaded tablet encodes a 400-page pack's codes in a few seconds).
 */
export const QR_PATIENCE_MS = 10_000;
let watchdog: ReturnType<typeof setTimeout> | undefined;

function watch() {
  clearTimeout(watchdog);
  watchdog = pending.size > 0 ? setTimeout(withoutWorker, QR_PATIENCE_MS) : undefined;
}

function keep(text: string, drawing: QrDrawing) {
  drawn.set(text, drawing);
  if (drawn.size > KEEP) drawn.delete(drawn.keys().next().value ?? '');
}

function settle(pairs: readonly (readonly [string, QrDrawing])[]) {
  for (const [text, drawing] of pairs) {
    keep(text, drawing);
    pending.delete(text);
  }
  watch();
  for (const listener of listeners) listener();
}

/** Every code still asked for, encoded here: the worker failed or hangs, pages must not wait. */
function withoutWorker() {
  worker?.terminate();
  worker = null;
  settle([...pending].map((text) => [text, qrDrawing(text)] as const));
}

function qrWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === 'undefined'
        ? null
        : new Worker(new URL('./qrWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (worker) {
    worker.onmessage = (event: MessageEvent<[string, QrDrawing][]>) => settle(event.data);
    worker.onerror = withoutWorker;
    worker.onmessageerror = withoutWorker;
  }
  return worker;
}

/** The drawing of a code, or undefined while the worker encodes it (asked here). */
export function askQrDrawing(text: string): QrDrawing | undefined {
  const known = drawn.get(text);
  if (known) return known;
  const encoder = qrWorker();
  if (!encoder) {
    const made = qrDrawing(text);
    keep(text, made);
    return made;
  }
  if (pending.has(text)) return undefined;
  pending.add(text);
  queued.push(text);
  // The codes of one step of the preview go in one message.
  if (queued.length === 1)
    queueMicrotask(() => {
      encoder.postMessage(queued.splice(0, queued.length));
      if (watchdog === undefined) watch();
    });
  return undefined;
}

/** How many codes the worker has still to answer. */
export const pendingCodes = (): number => pending.size;

export function subscribeQrDrawings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Runs `then` once no code is pending: at once when none is. Returns the cancel. */
export function whenCodesDrawn(then: () => void): () => void {
  if (pending.size === 0) {
    then();
    return () => undefined;
  }
  const unsubscribe = subscribeQrDrawings(() => {
    if (pending.size > 0) return;
    unsubscribe();
    then();
  });
  return unsubscribe;
}
