/**
 * The whole text draws each figure of its 附图 part under the plan's own
 * heading for it. remark-figure-references.ts gives such a heading the
 * figure's anchor (`<h3 id="fig3">`); this cuts the part's HTML after each of
 * those headings, so the page can put the map there.
 */
import { parseFigureAnchor } from './ids.ts';

/** The part's HTML up to the end of a heading, and the figure the heading names (null for the rest after the last one). */
export interface FigureSegment {
  html: string;
  figure: number | null;
}

const H3_WITH_ID = /<h3\b[^>]*?\sid="([^"]*)"[^>]*>[\s\S]*?<\/h3>/g;

/** `html` cut after every `<h3 id="figN">…</h3>` (the anchor as ids.ts makes it), in order; joined, the segments are `html` again. */
export function splitAfterFigureHeadings(html: string): FigureSegment[] {
  const segments: FigureSegment[] = [];
  let start = 0;
  for (const m of html.matchAll(H3_WITH_ID)) {
    const figure = parseFigureAnchor(m[1]!);
    if (figure === null) continue;
    const end = m.index + m[0].length;
    segments.push({ html: html.slice(start, end), figure });
    start = end;
  }
  if (start < html.length) segments.push({ html: html.slice(start), figure: null });
  return segments;
}
