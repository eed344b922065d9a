/**
 * Draws the printed page's QR code (PrintQr.astro) from the modules the page
 * carries, when the page is printed: `beforeprint` runs before the print
 * layout (Chromium's page.pdf fires it too), and an inline SVG needs no image
 * to load. Part of the page script, since the print cannot wait for a module
 * to be fetched. A reader printing without JavaScript gets the address in
 * words, which the footer prints beside the code.
 */
import { modulesPath } from '../lib/qr-path.ts';

addEventListener('beforeprint', () => {
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-qr]')) {
    const size = Number(figure.dataset.qrSize);
    figure.innerHTML = `<svg viewBox="0 0 ${size} ${size}"><path d="${modulesPath(size, figure.dataset.qr!)}"/></svg>`;
  }
});
