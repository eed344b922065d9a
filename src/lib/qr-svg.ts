/**
 * The QR code of a URL as SVG, for printed pages: made once per URL in a
 * build (a `/latest/` page encodes the versioned address its twin encodes).
 */
import QRCode from 'qrcode';

const made = new Map<string, Promise<string>>();

/**
 * An SVG QR code of `url` (no quiet zone: the page's margin is one; level M).
 * The URL is one byte-mode segment: the library's search for the cheapest mix
 * of numeric, alphanumeric and byte segments took a third of the build's QR
 * time and gave no smaller code for a lower-case URL.
 */
export function qrSvg(url: string): Promise<string> {
  let svg = made.get(url);
  if (!svg) made.set(url, (svg = QRCode.toString(qrSegments(url), { type: 'svg', margin: 0, errorCorrectionLevel: 'M' })));
  return svg;
}

/** What the code encodes: the URL's UTF-8 bytes as one segment. */
export function qrSegments(url: string): QRCode.QRCodeSegment[] {
  return [{ data: new TextEncoder().encode(url), mode: 'byte' }];
}
