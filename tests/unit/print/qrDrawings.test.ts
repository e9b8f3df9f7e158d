import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { qrDrawing } from '../../../src/print/qr';

/** A stand-in for the QR worker: keeps what it was sent, answers when the test says. */
class FakeWorker {
  static last: FakeWorker | undefined;
  sent: string[][] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(texts: string[]) {
    this.sent.push(texts);
  }
  answer() {
    const texts = this.sent.shift() ?? [];
    const pairs = texts.map((text) => [text, qrDrawing(text)]);
    this.onmessage?.({ data: pairs } as MessageEvent);
  }
  terminate() {
    this.terminated = true;
  }
}

const load = () => import('../../../src/print/qrDrawings');
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('QR codes drawn by a worker', () => {
  beforeEach(() => {
    vi.resetModules();
    FakeWorker.last = undefined;
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks once per code, in one message per step, and is pending until the answer', async () => {
    const codes = await load();
    const heard = vi.fn();
    codes.subscribeQrDrawings(heard);
    expect(codes.askQrDrawing('a')).toBeUndefined();
    expect(codes.askQrDrawing('b')).toBeUndefined();
    expect(codes.askQrDrawing('a')).toBeUndefined();
    expect(codes.pendingCodes()).toBe(2);
    await settled();
    const worker = FakeWorker.last as FakeWorker;
    expect(worker.sent).toEqual([['a', 'b']]);
    worker.answer();
    expect(codes.pendingCodes()).toBe(0);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(codes.askQrDrawing('a')).toEqual(qrDrawing('a'));
  });

  it('runs what waits for the codes once none is pending, or at once, unless cancelled', async () => {
    const codes = await load();
    const atOnce = vi.fn();
    codes.whenCodesDrawn(atOnce);
    expect(atOnce).toHaveBeenCalledTimes(1);
    codes.askQrDrawing('f');
    const waiting = vi.fn();
    const cancelled = vi.fn();
    codes.whenCodesDrawn(waiting);
    codes.whenCodesDrawn(cancelled)();
    await settled();
    expect(waiting).not.toHaveBeenCalled();
    (FakeWorker.last as FakeWorker).answer();
    expect(waiting).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('encodes what is pending on the main thread when the worker fails', async () => {
    const codes = await load();
    expect(codes.askQrDrawing('c')).toBeUndefined();
    await settled();
    const worker = FakeWorker.last as FakeWorker;
    worker.onerror?.();
    expect(worker.terminated).toBe(true);
    expect(codes.pendingCodes()).toBe(0);
    expect(codes.askQrDrawing('c')).toEqual(qrDrawing('c'));
    // From then on, at once.
    expect(codes.askQrDrawing('d')).toEqual(qrDrawing('d'));
  });

  it('encodes what is pending on the main thread when the worker stays silent', async () => {
    vi.useFakeTimers();
    try {
      const codes = await load();
      expect(codes.askQrDrawing('g')).toBeUndefined();
      await vi.advanceTimersByTimeAsync(codes.QR_PATIENCE_MS - 1);
      expect(codes.pendingCodes()).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(codes.pendingCodes()).toBe(0);
      expect((FakeWorker.last as FakeWorker).terminated).toBe(true);
      expect(codes.askQrDrawing('g')).toEqual(qrDrawing('g'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits again after each answer, and not at all once nothing is pending', async () => {
    vi.useFakeTimers();
    try {
      const codes = await load();
      codes.askQrDrawing('h');
      await vi.advanceTimersByTimeAsync(codes.QR_PATIENCE_MS - 1);
      codes.askQrDrawing('i');
      await vi.advanceTimersByTimeAsync(0);
      const worker = FakeWorker.last as FakeWorker;
      worker.answer();
      expect(codes.pendingCodes()).toBe(1);
      await vi.advanceTimersByTimeAsync(codes.QR_PATIENCE_MS - 1);
      expect(codes.pendingCodes()).toBe(1);
      worker.answer();
      await vi.advanceTimersByTimeAsync(codes.QR_PATIENCE_MS * 2);
      expect(worker.terminated).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('encodes at once where there is no worker', async () => {
    vi.stubGlobal('Worker', undefined);
    const codes = await load();
    expect(codes.askQrDrawing('e')).toEqual(qrDrawing('e'));
    expect(codes.pendingCodes()).toBe(0);
  });
});
