/** The printed pages' QR code: a one-bit PNG of the URL's modules, made once per URL. */
import { inflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QR_MODULE_PIXELS, qrImage, qrSegments } from '../../src/lib/qr-code.ts';

/** The PNG's chunks by type, read back from its bytes. */
function chunks(png: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    out.set(type, Buffer.concat([out.get(type) ?? Buffer.alloc(0), png.subarray(at + 8, at + 8 + length)]));
    at += 12 + length;
  }
  return out;
}

/** Which pixels of a one-bit greyscale PNG are black, row by row. */
function darkPixels(src: string): { width: number; height: number; dark: boolean[][] } {
  const png = Buffer.from(src.replace(/^data:image\/png;base64,/, ''), 'base64');
  const c = chunks(png);
  const ihdr = c.get('IHDR')!;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  expect([...ihdr.subarray(8)]).toEqual([1, 0, 0, 0, 0]);
  const raw = inflateSync(c.get('IDAT')!);
  const stride = Math.ceil(width / 8) + 1;
  expect(raw.length).toBe(stride * height);
  const dark = Array.from({ length: height }, (_, y) => {
    expect(raw[y * stride]).toBe(0); // filter None
    return Array.from({ length: width }, (_, x) => (raw[y * stride + 1 + (x >> 3)]! & (0x80 >> (x & 7))) === 0);
  });
  expect(c.has('IEND')).toBe(true);
  return { width, height, dark };
}

describe('qrImage', () => {
  it('is a PNG of 4 × 4 pixels a module, black where the code at level M is dark, without a quiet zone', () => {
    for (const url of ['https://plan.example.org/ed3/3/1/', 'http://localhost:4321/ed3/a/118/', 'https://tekes-plan.example.org/ed3/12/10/']) {
      const image = qrImage(url);
      expect(image.src).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
      const { modules } = QRCode.create(qrSegments(url), { errorCorrectionLevel: 'M' });
      const { width, height, dark } = darkPixels(image.src);
      expect(QR_MODULE_PIXELS).toBe(4);
      expect([width, height, image.size]).toEqual([modules.size * 4, modules.size * 4, modules.size * 4]);
      for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) expect(dark[y]![x], `${url} (${x}, ${y})`).toBe(!!modules.get(y >> 2, x >> 2));
      // The finder pattern in the top left corner, one row of each module: a dark ring, a light ring, a dark 3 × 3 core.
      const row = (m: number) => dark[m * 4 + 1]!.filter((_, x) => x % 4 === 2).slice(0, 7);
      expect(row(0)).toEqual(Array(7).fill(true));
      expect(row(1)).toEqual([true, false, false, false, false, false, true]);
      expect(row(3)).toEqual([true, false, true, true, true, false, true]);
    }
  });

  it('weighs a fraction of the SVG path it replaced', async () => {
    const url = 'https://plan.example.org/ed3/3/1/';
    const svg = await QRCode.toString(qrSegments(url), { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
    expect(qrImage(url).src.length).toBeLessThan(svg.length / 3);
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
    const a = qrImage('https://plan.example.org/ed3/a/18/');
    expect(qrImage('https://plan.example.org/ed3/a/18/')).toBe(a);
    expect(qrImage('https://plan.example.org/ed3/a/19/')).not.toEqual(a);
  });
});
