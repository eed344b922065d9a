/**
 * The QR code of a URL for printed pages (issue 6), as its modules packed in
 * base64 (qr-path.ts); the page script draws them as an SVG when the page is
 * printed (print-qr.client.ts). Issue #17: the code had been a PNG data URI
 * of 4 × 4 pixels a module in every page, 0.5 KB gzip, because a viewer
 * smooths an image it enlarges; drawn as vector squares it stays sharp at any
 * resolution, and the page carries 0.1 KB. Made once per URL in a build (a
 * `/latest/` page encodes the versioned address its twin encodes).
 */
import QRCode from 'qrcode';
import { packModules } from './qr-path.ts';

/** A QR code as the page carries it. */
export interface QrModules {
  /** Modules a side: 21 for version 1, 29 for version 3… */
  size: number;
  /** The modules, dark = 1, packed row by row (qr-path.ts). */
  bits: string;
}

const made = new Map<string, QrModules>();

/**
 * The QR code of `url` (level M; no quiet zone: the page's margin is one).
 * The URL is one byte-mode segment: the library's search for the cheapest mix
 * of numeric, alphanumeric and byte segments took a third of the build's QR
 * time and gave no smaller code for a lower-case URL.
 */
export function qrModules(url: string): QrModules {
  let code = made.get(url);
  if (!code) {
    const { modules } = QRCode.create(qrSegments(url), { errorCorrectionLevel: 'M' });
    code = { size: modules.size, bits: packModules(modules.size, (row, col) => !!modules.get(row, col)) };
    made.set(url, code);
  }
  return code;
}

/** What the code encodes: the URL's UTF-8 bytes as one segment. */
export function qrSegments(url: string): QRCode.QRCodeSegment[] {
  return [{ data: new TextEncoder().encode(url), mode: 'byte' }];
}
