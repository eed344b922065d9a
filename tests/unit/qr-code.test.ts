/** The printed pages' QR code: the URL's modules packed one bit each, made once per URL, and the path drawn from them. */
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrModules, qrSegments } from '../../src/lib/qr-code.ts';
import { modulesPath, packModules } from '../../src/lib/qr-path.ts';

/** The modules a path of modulesPath covers, as rows of booleans. */
function coveredModules(size: number, d: string): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const rest = d.replace(/M(\d+) (\d+)h1v1h-1z/g, (_, x, y) => {
    expect(grid[Number(y)]![Number(x)], `(${x}, ${y}) drawn twice`).toBe(false);
    grid[Number(y)]![Number(x)] = true;
    return '';
  });
  expect(rest).toBe('');
  return grid;
}

describe('qrModules', () => {
  it('packs the code at level M, without a quiet zone, one bit a module, and its path draws exactly the dark modules', () => {
    for (const url of ['https://plan.example.org/ed3/3/1/', 'http://localhost:4321/ed3/a/118/', 'https://tekes-plan.example.org/ed3/12/10/']) {
      const code = qrModules(url);
      const { modules } = QRCode.create(qrSegments(url), { errorCorrectionLevel: 'M' });
      expect(code.size).toBe(modules.size);
      expect(code.bits).toMatch(/^[A-Za-z0-9+/]+=*$/);
      expect(Buffer.from(code.bits, 'base64')).toHaveLength(Math.ceil((modules.size * modules.size) / 8));
      const drawn = coveredModules(code.size, modulesPath(code.size, code.bits));
      for (let row = 0; row < code.size; row++) for (let col = 0; col < code.size; col++) expect(drawn[row]![col], `${url} (${col}, ${row})`).toBe(!!modules.get(row, col));
      // The finder pattern in the top left corner: a dark ring, a light ring, a dark 3 × 3 core.
      expect(drawn[0]!.slice(0, 7)).toEqual(Array(7).fill(true));
      expect(drawn[1]!.slice(0, 7)).toEqual([true, false, false, false, false, false, true]);
      expect(drawn[3]!.slice(0, 7)).toEqual([true, false, true, true, true, false, true]);
    }
  });

  it('packs row by row, most significant bit first, the last byte padded with zeros', () => {
    // 3 × 3: dark on the diagonal → 100 010 001 → 1000 1000 | 1000 0000.
    const bits = packModules(3, (row, col) => row === col);
    expect([...Buffer.from(bits, 'base64')]).toEqual([0b10001000, 0b10000000]);
    expect(modulesPath(3, bits)).toBe('M0 0h1v1h-1zM1 1h1v1h-1zM2 2h1v1h-1z');
    expect(modulesPath(2, packModules(2, () => true))).toBe('M0 0h1v1h-1zM1 0h1v1h-1zM0 1h1v1h-1zM1 1h1v1h-1z');
  });

  it('weighs a tenth of the SVG path it replaced', async () => {
    const url = 'https://plan.example.org/ed3/3/1/';
    const svg = await QRCode.toString(qrSegments(url), { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
    expect(qrModules(url).bits.length).toBeLessThan(svg.length / 10);
    expect(qrModules(url).bits.length).toBeLessThan(160);
  });

  it('encodes the whole URL, as one byte segment, in a code no larger than the mixed-mode one', () => {
    for (const url of ['https://plan.example.org/ed3/3/1/', 'http://localhost:4321/ed3/a/118/', 'https://规划.example.cn/ed2/14/4/']) {
      const code = QRCode.create(qrSegments(url), { errorCorrectionLevel: 'M' });
      expect(code.segments).toHaveLength(1);
      expect(code.segments[0]!.mode.id).toBe('Byte');
      expect(Buffer.from(code.segments[0]!.data as unknown as Uint8Array).toString('utf8')).toBe(url);
      expect(code.version).toBeLessThanOrEqual(QRCode.create(url, { errorCorrectionLevel: 'M' }).version);
    }
  });

  it('makes the code of a URL once, and another URL its own', () => {
    const a = qrModules('https://plan.example.org/ed3/a/18/');
    expect(qrModules('https://plan.example.org/ed3/a/18/')).toBe(a);
    expect(qrModules('https://plan.example.org/ed3/a/19/')).not.toEqual(a);
  });
});
