import { describe, expect, it } from 'vitest';
import { gzipSize } from '../../src/lib/page-weight.ts';
import { weighHtmlParts } from '../../src/lib/html-parts.ts';

const filler = (seed: number) => Array.from({ length: 200 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919 + seed) % 2000))).join('');

describe('weighHtmlParts', () => {
  it('weighs a part by what removing it saves from the gzip size of the page', () => {
    const footer = `<footer>${filler(1)}</footer>`;
    const html = `<html><body><p>${filler(2)}</p>${footer}</body></html>`;
    const [part] = weighHtmlParts(html, [{ name: 'footer', pattern: /<footer>[\s\S]*?<\/footer>/g }]);
    expect(part).toEqual({ name: 'footer', chars: footer.length, gzip: gzipSize(html) - gzipSize(html.replace(footer, '')) });
    expect(part!.gzip).toBeGreaterThan(200);
  });

  it('counts every match of a part together', () => {
    const html = `<p><a class="para-link" href="#a1-1"></a>甲</p><p><a class="para-link" href="#a1-2"></a>乙</p>`;
    const [part] = weighHtmlParts(html, [{ name: 'links', pattern: /<a class="para-link"[^>]*><\/a>/g }]);
    expect(part!.chars).toBe(2 * '<a class="para-link" href="#a1-1"></a>'.length);
  });

  it('leaves out parts the page does not have', () => {
    expect(weighHtmlParts('<html><body></body></html>').map((p) => p.name)).toEqual([]);
  });

  it('finds the usual parts of a page of plan text', () => {
    const html = '<html><head><title>t</title></head><body><header class="site-header">h</header><sidebar-fold>s</sidebar-fold><article>a</article><footer>f<figure class="print-qr">q</figure></footer></body></html>';
    expect(weighHtmlParts(html).map((p) => p.name)).toEqual(['head', 'header', 'sidebar', 'article text', 'footer', 'print QR code']);
  });
});
