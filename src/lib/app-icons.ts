/**
 * The installed app's icons: `public/favicon.svg` drawn as PNG at the sizes
 * Android and desktop Chromium ask for, at build time with @resvg/resvg-js
 * (no browser, no committed binaries).
 */
import { Resvg } from '@resvg/resvg-js';

/** Square sizes in pixels. */
export const ICON_SIZES = [192, 512] as const;

/** `/icons/icon-192.png`. */
export function iconUrl(size: number): string {
  return `/icons/icon-${size}.png`;
}

/** An SVG drawn as a square PNG of `size` pixels. */
export function svgToPng(svg: string, size: number): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(255,255,255,0)' }).render().asPng();
}
