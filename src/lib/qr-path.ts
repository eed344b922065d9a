/**
 * A QR code's modules as the page carries them, and the SVG path drawn from
 * them when the page is printed (issue #17). Browser-safe: the page script
 * (print-qr.client.ts) and the build (qr-code.ts) share it.
 *
 * The modules are packed one bit each, row by row, most significant bit
 * first, the last byte padded with zeros, and written in base64: a code of
 * 29 × 29 modules is 144 characters, about 0.1 KB gzip in a page, where the
 * PNG it replaces was 0.5.
 */

/** Pack `size` × `size` modules (dark = true) into base64. */
export function packModules(size: number, dark: (row: number, col: number) => boolean): string {
  const bytes = new Uint8Array(Math.ceil((size * size) / 8));
  for (let i = 0; i < size * size; i++) if (dark(Math.floor(i / size), i % size)) bytes[i >> 3]! |= 0x80 >> (i & 7);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * The SVG path of the dark modules of a `size` × `size` code, one unit
 * square each, in a viewBox of `0 0 size size`. (Squares rather than runs
 * of squares: the page script carries this code to every reader, the path
 * is only drawn on paper.)
 */
export function modulesPath(size: number, bits: string): string {
  const bytes = atob(bits);
  let d = '';
  for (let i = 0; i < size * size; i++) if (bytes.charCodeAt(i >> 3) & (0x80 >> (i & 7))) d += `M${i % size} ${Math.floor(i / size)}h1v1h-1z`;
  return d;
}
