/**
 * The QR code of a URL for printed pages, as a PNG data URI of 4 × 4 pixels a
 * module (issue #17: the SVG path of a 29 × 29 code was 0.5 KB gzip in every
 * page; the PNG is about 0.35 KB). The page draws it 22 mm wide with
 * `image-rendering: pixelated`, but that does not reach a PDF: a viewer
 * smooths an image it enlarges, and poppler smooths one enlarged less than
 * 4 times, so a code of one pixel a module printed to PDF did not decode at
 * 100 dpi; at 4 pixels a module it decodes from 72 dpi up. Made once per URL
 * in a build (a `/latest/` page encodes the versioned address its twin encodes).
 */
import QRCode from 'qrcode';
import { bilevelPng } from './png-rgb.ts';

/** Pixels a module side in the PNG. */
export const QR_MODULE_PIXELS = 4;

/** A QR code as the page shows it: the image, and its size in pixels. */
export interface QrImage {
  /** data:image/png;base64,… */
  src: string;
  /** Pixels a side: modules (21 for version 1, 29 for version 3…) × QR_MODULE_PIXELS. */
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
    const size = modules.size * QR_MODULE_PIXELS;
    const png = bilevelPng(size, size, (x, y) => !!modules.get(Math.floor(y / QR_MODULE_PIXELS), Math.floor(x / QR_MODULE_PIXELS)));
    made.set(url, (image = { src: `data:image/png;base64,${Buffer.from(png).toString('base64')}`, size }));
  }
  return image;
}

/** What the code encodes: the URL's UTF-8 bytes as one segment. */
export function qrSegments(url: string): QRCode.QRCodeSegment[] {
  return [{ data: new TextEncoder().encode(url), mode: 'byte' }];
}
