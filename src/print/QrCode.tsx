import { memo, useSyncExternalStore } from 'react';
import { askQrDrawing, subscribeQrDrawings } from './qrDrawings';

interface QrCodeProps {
  text: string;
  sizeMm: number;
  /** What the code holds, for the preview's screen reader (the code itself is an image). */
  label: string;
}

/**
 * A QR code as inline SVG: no canvas, no image request, crisp at any print resolution. Its
 * box is drawn at once; its modules when the worker has encoded them (qrDrawings.ts), and
 * the preview is not printable until then.
 */
export const QrCode = memo(function QrCode({ text, sizeMm, label }: QrCodeProps) {
  // The same snapshot on the server: the Node micro-bench renders the pack to HTML.
  const snapshot = () => askQrDrawing(text);
  const drawing = useSyncExternalStore(subscribeQrDrawings, snapshot, snapshot);
  const size = drawing?.size ?? 1;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={`${sizeMm}mm`}
      height={`${sizeMm}mm`}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      data-qr={text}
      data-qr-pending={drawing ? undefined : true}
    >
      <rect width={size} height={size} fill="#fff" />
      {drawing && <path d={drawing.path} fill="#000" />}
    </svg>
  );
});
