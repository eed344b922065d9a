/**
 * 专栏 boxes of a plan text (issue 11): `专栏1 重点项目`, `专栏 3-1 …`, `专栏三`.
 * The importer recognises their titles and the site anchors them; both read
 * the number here.
 */
import { unescapeMarkdownText } from './plan-model.ts';

/** 专栏1 / 专栏 3-1 / 专栏三 at the start of a line, with the number in group 1. */
export const BOX_TITLE = /^专栏[\s\u3000]*([0-9０-９一二三四五六七八九十]+(?:[-－—.．][0-9０-９]+)?)(?=$|[\s\u3000:：、])/;

/** The anchor of a box title: `box-1`, `box-3-1`, `box-三`; null when the text is no box title. */
export function boxAnchor(title: string): string | null {
  const m = BOX_TITLE.exec(title.trim());
  if (!m) return null;
  const n = m[1]!.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[-－—.．]/g, '-');
  return `box-${n}`;
}

/** A 专栏 box as a contents page lists it. */
export interface BoxEntry {
  /** The box's title as printed (专栏1 重点项目). */
  title: string;
  /** Its anchor on the page it stands on (box-1). */
  anchor: string;
  /** The page it stands on plus the anchor (/ed2/4/2/#box-1). */
  url: string;
}

/**
 * The 专栏 boxes of pages, in order: every `###` heading that is a box title,
 * the first of each anchor on a page (as remark-box-anchors.ts anchors them).
 * `pages` are the Markdown bodies of a version's chapters, sections and
 * appendix parts with the URL each is read at.
 */
export function listBoxes(pages: { url: string; body: string }[]): BoxEntry[] {
  const out: BoxEntry[] = [];
  for (const page of pages) {
    const seen = new Set<string>();
    for (const m of page.body.matchAll(/^### +(.+?)\s*$/gm)) {
      const title = unescapeMarkdownText(m[1]!);
      const anchor = boxAnchor(title);
      if (!anchor || seen.has(anchor)) continue;
      seen.add(anchor);
      out.push({ title, anchor, url: `${page.url}#${anchor}` });
    }
  }
  return out;
}
