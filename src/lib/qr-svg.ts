/**
 * The QR code of a URL as SVG, for printed pages: made once per URL in a
 * build (a `/latest/` page encodes the versioned address its twin encodes).
 */
import QRCode from 'qrcode';

const made = new Map<string, Promise<string>>();

/** An SVG QR code of `url` (no quiet zone: the page's margin is one; level M). */
export function qrSvg(url: string): Promise<string> {
  let svg = made.get(url);
  if (!svg) made.set(url, (svg = QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' })));
  return svg;
}
