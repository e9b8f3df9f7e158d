// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import jsQR from 'jsqr';
import { afterEach, describe, expect, it } from 'vitest';
import { qrMatrix, qrText } from '../../../src/print/qr';
import { renderPack, sheetsOf } from './renderPack';
import { patientIn, source } from './printFixtures';

afterEach(cleanup);

const P1 = '00000000-0000-7000-8000-0000000000a1';

/** The codes of every page of a patient's sheets, decoded from their data-qr attribute. */
function codes(patient = patientIn(1, P1, 'Durand')) {
  const { container } = renderPack(sheetsOf(['mar', 'notes', 'labels'], [P1]), source([patient]));
  return [...container.querySelectorAll('svg.qr-code')].map((svg) =>
    JSON.parse(svg.getAttribute('data-qr') ?? '{}'),
  );
}

/** The matrix drawn at `scale` pixels a module, blurred over (2r+1)² pixels, as RGBA. */
function blurred(matrix: boolean[][], scale: number, r: number) {
  const size = (matrix.length + 8) * scale;
  const grey = new Float32Array(size * size).fill(255);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dark = matrix[Math.floor(y / scale) - 4]?.[Math.floor(x / scale) - 4];
      if (dark) grey[y * size + x] = 0;
    }
  }
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let sum = 0;
      let n = 0;
      for (let dy = -r; dy <= r; dy++) {
        for (let dx = -r; dx <= r; dx++) {
          const yy = Math.min(size - 1, Math.max(0, y + dy));
          const xx = Math.min(size - 1, Math.max(0, x + dx));
          sum += grey[yy * size + xx] ?? 255;
          n += 1;
        }
      }
      const v = sum / n;
      data.set([v, v, v, 255], (y * size + x) * 4);
    }
  }
  return { data, size };
}

describe('the QR code of a patient’s page', () => {
  it('carries the IPP beside the internal id, on every page', () => {
    const all = codes();
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const code of all) expect(code).toMatchObject({ p: P1, i: '12345671' });
  });

  it('carries the temporary identifier of a patient without IPP', () => {
    const patient = patientIn(1, P1, 'Durand');
    const identity = { ...patient.identity, ipp: undefined, tempId: 'TMP-K3F9-7QX2-H' };
    const all = codes({ ...patient, identity });
    for (const code of all) expect(code).toMatchObject({ p: P1, i: 'TMP-K3F9-7QX2-H' });
  });

  it('stays at 49 modules with the longest identifier and page numbers', () => {
    const text = qrText({
      p: P1,
      s: 'carePlan',
      i: 'TMP-K3F9-7QX2-H',
      f: '2026-11-29T00:00:00.000+01:00',
      t: '2026-12-02T00:00:00.000+01:00',
      n: 99,
      m: 99,
    });
    expect(qrMatrix(text).length).toBeLessThanOrEqual(49);
  });

  it('still reads when slightly blurred: 3 pixels a module (150 dpi), 3 × 3 box blur', () => {
    const text = qrText({
      p: P1,
      s: 'carePlan',
      i: '123456789012',
      f: '2026-11-29T00:00:00.000+01:00',
      t: '2026-12-02T00:00:00.000+01:00',
      n: 2,
      m: 3,
    });
    const { data, size } = blurred(qrMatrix(text), 3, 1);
    expect(jsQR(data, size, size)?.data).toBe(text);
  });
});
