import { memo, useMemo } from 'react';
import { matrixPath, qrMatrix } from './qr';

/** Quiet zone around the code, in modules; the page's white margin adds to it. */
const QUIET = 2;

interface QrCodeProps {
  text: string;
  sizeMm: number;
  /** What the code holds, for the preview's screen reader (the code itself is an image). */
  label: string;
}

/**
 * Codes already drawn, by text: choosing again redraws the pack's pages, whose codes are
 * mostly the same (about 3 ms each to encode). Bounded: the oldest go first.
 */
const drawn = new Map<string, { path: string; size: number }>();
const KEEP = 2_000;

function drawing(text: string) {
  const known = drawn.get(text);
  if (known) return known;
  const matrix = qrMatrix(text);
  const made = { path: matrixPath(matrix, QUIET), size: matrix.length + 2 * QUIET };
  drawn.set(text, made);
  if (drawn.size > KEEP) drawn.delete(drawn.keys().next().value ?? '');
  return made;
}

/** A QR code as inline SVG: no canvas, no image request, crisp at any print resolution. */
export const QrCode = memo(function QrCode({ text, sizeMm, label }: QrCodeProps) {
  const { path, size } = useMemo(() => drawing(text), [text]);
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
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
});
