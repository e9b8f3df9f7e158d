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

/** A QR code as inline SVG: no canvas, no image request, crisp at any print resolution. */
export const QrCode = memo(function QrCode({ text, sizeMm, label }: QrCodeProps) {
  const { path, size } = useMemo(() => {
    const matrix = qrMatrix(text);
    return { path: matrixPath(matrix, QUIET), size: matrix.length + 2 * QUIET };
  }, [text]);
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
