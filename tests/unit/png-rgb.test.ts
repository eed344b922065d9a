/**
 * The opaque RGB PNG the PDF embeds without decoding: a valid PNG whose
 * pixels are the input's, with any alpha composited over white.
 */
import { inflateSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { rgbPng } from '../../src/lib/png-rgb.ts';

/** The chunks of a PNG, checking each CRC. */
function chunks(png: Uint8Array): { type: string; data: Buffer }[] {
  const b = Buffer.from(png);
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < b.length; ) {
    const length = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    const data = b.subarray(at + 8, at + 8 + length);
    expect(b.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(b.subarray(at + 4, at + 8 + length)));
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

/** RGB pixels back from the PNG (rows not filtered). */
function decode(png: Uint8Array): { width: number; height: number; colourType: number; rgb: number[] } {
  const cs = chunks(png);
  const ihdr = cs.find((c) => c.type === 'IHDR')!.data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(cs.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const rgb: number[] = [];
  for (let y = 0; y < height; y++) {
    const row = raw.subarray(y * (width * 3 + 1), (y + 1) * (width * 3 + 1));
    expect(row[0], 'filter type of the row').toBe(0);
    rgb.push(...row.subarray(1));
  }
  return { width, height, colourType: ihdr[9]!, rgb };
}

describe('rgbPng', () => {
  it('writes a PNG of colour type 2 with the pixels as given', () => {
    const rgba = Uint8Array.from([10, 20, 30, 255, 200, 100, 0, 255, 1, 2, 3, 255, 255, 255, 255, 255, 0, 0, 0, 255, 90, 80, 70, 255]);
    const png = rgbPng(rgba, 3, 2);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(chunks(png).map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const d = decode(png);
    expect(d).toMatchObject({ width: 3, height: 2, colourType: 2 });
    expect(d.rgb).toEqual([10, 20, 30, 200, 100, 0, 1, 2, 3, 255, 255, 255, 0, 0, 0, 90, 80, 70]);
  });

  it('composites a pixel that is not opaque over white, from resvg\'s premultiplied pixels', () => {
    // rgb(200,100,50) at half opacity beside nothing: over white 227/177/152, then white.
    const image = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="2" height="1"><rect width="1" height="1" fill="rgb(200,100,50)" fill-opacity="0.5"/></svg>').render();
    expect([...image.pixels], 'premultiplied: 200 × 128/255 ≈ 100').toEqual([100, 50, 25, 128, 0, 0, 0, 0]);
    expect(decode(rgbPng(image.pixels, image.width, image.height)).rgb).toEqual([227, 177, 152, 255, 255, 255]);
  });

  it('refuses pixels that do not fill width × height', () => {
    expect(() => rgbPng(new Uint8Array(15), 2, 2)).toThrow('15 bytes is not 2 × 2 RGBA pixels');
  });
});
