/**
 * The QR code of a URL for printed pages, as a PNG data URI of one pixel a
 * module (issue #17: the SVG path of a 29 × 29 code was 0.5 KB gzip in every
 * page; the PNG is about 0.25 KB, and the page scales it up with
 * `image-rendering: pixelated`, so it prints as sharp). Made once per URL in
 * a build (a `/latest/` page encodes the versioned address its twin encodes).
 */
import QRCode from 'qrcode';
import { bilevelPng } from './png-rgb.ts';

/** A QR code as the page shows it: the image, and its size in modules. */
export interface QrImage {
  /** data:image/png;base64,… */
  src: string;
  /** Modules a side (21 for version 1, 29 for version 3…). */
  size: number;
}

const made = new Map<string, QrImage>();

/**
 * The QR code of `url` (level M; no quiet zone: the page's margin is one).
 * The URL is one byte-mode segment: the library's search for the cheapest mix
 * of numeric, alphanumeric and byte segments took a third of the build's QR
 * time and gave no smaller code for a lower-case URL.
 */
export function qrImage(url: string): QrImage {
  let image = made.get(url);
  if (!image) {
    const { modules } = QRCode.create(qrSegments(url), { errorCorrectionLevel: 'M' });
    const png = bilevelPng(modules.size, modules.size, (x, y) => !!modules.get(y, x));
    made.set(url, (image = { src: `data:image/png;base64,${Buffer.from(png).toString('base64')}`, size: modules.size }));
  }
  return image;
}

/** What the code encodes: the URL's UTF-8 bytes as one segment. */
export function qrSegments(url: string): QRCode.QRCodeSegment[] {
  return [{ data: new TextEncoder().encode(url), mode: 'byte' }];
}
