/**
 * Where a page's HTML bytes go (issue #17): each named part of the document
 * (head, header, sidebar, article, print QR code…) weighed by what it adds to
 * the gzip size of the whole page — the page gzipped with the part, minus the
 * page gzipped without it. Gzip shares repeated text across a page, so these
 * marginal figures do not add up to the total; each says what removing that
 * part alone would save. Pure: the bench feeds it built pages.
 */
import { gzipSize } from './page-weight.ts';

/** A part of a page: every match of `pattern` (a global regular expression) in the HTML. */
export interface HtmlPartRule {
  name: string;
  pattern: RegExp;
}

/** One part's raw characters and what it adds to the page's gzip size. */
export interface HtmlPart {
  name: string;
  /** Characters of every match together. */
  chars: number;
  /** Gzip bytes of the page minus gzip bytes of the page without these matches. */
  gzip: number;
}

/** The parts of a page of this site, outermost first; a part may contain a later one. */
export const PAGE_PARTS: readonly HtmlPartRule[] = [
  { name: 'head', pattern: /<head>[\s\S]*?<\/head>/g },
  { name: 'header', pattern: /<header class="site-header">[\s\S]*?<\/header>/g },
  { name: 'notice', pattern: /<section class="notice"[\s\S]*?<\/section>/g },
  { name: 'phone header buttons', pattern: /<header-menu[\s\S]*?<\/header-menu>/g },
  { name: 'sidebar', pattern: /<sidebar-fold[\s\S]*?<\/sidebar-fold>/g },
  { name: 'breadcrumb', pattern: /<nav class="breadcrumb"[\s\S]*?<\/nav>/g },
  { name: 'article text', pattern: /<article[\s\S]*?<\/article>/g },
  { name: 'map (static SVG)', pattern: /<figure class="plan-map[\s\S]*?<\/figure>/g },
  { name: 'citation tools (§, 复制引用)', pattern: /<div class="article-tools"[\s\S]*?<\/div>/g },
  { name: '款/项 ¶ links', pattern: /<a class="para-link"[^>]*><\/a>/g },
  { name: 'reference ids (data-xref)', pattern: / data-xref="[^"]*"/g },
  { name: 'cited by', pattern: /<p class="cited-by"[\s\S]*?<\/p>/g },
  { name: 'annotations (编者注)', pattern: /<aside class="annotation"[\s\S]*?<\/aside>/g },
  { name: 'pager', pattern: /<nav class="pager"[\s\S]*?<\/nav>/g },
  { name: 'footer', pattern: /<footer[\s\S]*?<\/footer>/g },
  { name: 'print QR code', pattern: /<figure class="print-qr[\s\S]*?<\/figure>/g },
  { name: 'pagefind attributes', pattern: / data-pagefind-[a-z]+(?:="[^"]*")?/g },
];

/** Each rule's parts of `html` that occur in it, with their marginal gzip bytes. */
export function weighHtmlParts(html: string, rules: readonly HtmlPartRule[] = PAGE_PARTS): HtmlPart[] {
  const total = gzipSize(html);
  const parts: HtmlPart[] = [];
  for (const { name, pattern } of rules) {
    const matches = html.match(new RegExp(pattern.source, 'g')) ?? [];
    if (matches.length === 0) continue;
    const without = html.replace(new RegExp(pattern.source, 'g'), '');
    parts.push({ name, chars: matches.reduce((n, m) => n + m.length, 0), gzip: total - gzipSize(without) });
  }
  return parts;
}
