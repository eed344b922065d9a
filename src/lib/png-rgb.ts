/**
 * PNG files the build draws: `rgbPng`, an opaque RGB PNG from RGBA pixels
 * (the map figures of the downloads). pdfkit embeds an RGB PNG's compressed
 * data as it is, but decodes every pixel of an RGBA PNG in JavaScript to split
 * off its alpha channel (png-js: most of a second per build for the map
 * figures). The figures are opaque drawings, so nothing is lost; a pixel that
 * is not opaque is composited over white.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/**
 * PNG row filter "None": on the flat colours of a map, deflate alone does
 * better than Sub or Up (269 KB against 355 and 380 for the five figures).
 */
const FILTER_NONE = 0;

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** White behind a premultiplied colour channel `c` of a pixel with alpha `a` (0–255): c + 255·(1 − a). */
const overWhite = (c: number, a: number) => Math.min(255, c + 255 - a);

/**
 * Encode `width` × `height` RGBA pixels, premultiplied by alpha as resvg's
 * `render().pixels` gives them, as an 8-bit RGB PNG.
 */
export function rgbPng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  if (rgba.length !== width * height * 4) throw new Error(`rgbPng: ${rgba.length} bytes is not ${width} × ${height} RGBA pixels`);
  const stride = width * 3 + 1;
  const raw = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    raw[row] = FILTER_NONE;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const a = rgba[i + 3]!;
      for (let k = 0; k < 3; k++) raw[row + 1 + x * 3 + k] = a === 255 ? rgba[i + k]! : overWhite(rgba[i + k]!, a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, colour type 2 (RGB), deflate, adaptive filters, no interlace
  return pngFile(ihdr, raw);
}

/** The PNG file of an IHDR and its deflated image data. */
function pngFile(ihdr: Buffer, raw: Uint8Array): Uint8Array {
  return new Uint8Array(Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]));
}

