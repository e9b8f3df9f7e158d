import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { matrixPath, qrMatrix, qrText, type QrPayload } from '../../../src/print/qr';

/** The matrix drawn as an RGBA image, `scale` pixels a module, with a 4-module quiet zone. */
function toImage(matrix: boolean[][], scale = 4) {
  const size = (matrix.length + 8) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((y + 4) * scale + dy) * size + (x + 4) * scale + dx) * 4;
          data.set([0, 0, 0, 255], offset);
        }
      }
    }),
  );
  return { data, size };
}

const payload: QrPayload = {
  p: '0193a0e4-1c2d-7e3f-8a9b-000000000001',
  s: 'mar',
  f: '2026-11-29T00:00:00.000+01:00',
  t: '2026-12-02T00:00:00.000+01:00',
  n: 2,
  m: 3,
};

describe('QR code of a page', () => {
  it('round-trips: encoded by uqr, decoded by jsQR to the same patient, sheet, window and page', () => {
    const text = qrText(payload);
    const { data, size } = toImage(qrMatrix(text));
    const decoded = jsQR(data, size, size);
    expect(decoded?.data).toBe(text);
    expect(JSON.parse(decoded?.data ?? '{}')).toEqual({
      p: payload.p,
      s: 'mar',
      f: '20261128T2300Z',
      t: '20261201T2300Z',
      n: 2,
      m: 3,
    });
  });

  it('carries the temporary identifier of a blank sheet, with no patient', () => {
    const text = qrText({ ...payload, p: null, s: 'blankAdmission', i: 'TMP-K3F9-7QX2-H' });
    const { data, size } = toImage(qrMatrix(text));
    expect(JSON.parse(jsQR(data, size, size)?.data ?? '{}')).toMatchObject({
      p: null,
      i: 'TMP-K3F9-7QX2-H',
    });
  });

  it('stays small enough to scan from paper: at most 49 modules (version 8) at ECC M', () => {
    const longest = qrText({ ...payload, s: 'blankAdmission', i: 'TMP-K3F9-7QX2-H', n: 99, m: 99 });
    expect(qrMatrix(longest).length).toBeLessThanOrEqual(49);
  });

  it('draws each run of dark modules once', () => {
    expect(matrixPath([[true, true, false, true]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
  });
});
