/// <reference lib="webworker" />
import { qrDrawing } from './qr';

// Encodes QR codes off the main thread (qrDrawings.ts): a pack has one code a page, each
// 3 to 4 ms of mask scoring on a tablet. Gets texts, answers [text, drawing] pairs.
self.onmessage = (event: MessageEvent<string[]>) => {
  self.postMessage(event.data.map((text) => [text, qrDrawing(text)]));
};
