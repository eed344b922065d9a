/**
 * 款 (paragraphs) and 项 (items) of an article, as Chinese legislative drafting
 * counts them: each paragraph of the article's body is a 款, except a paragraph
 * that opens with （一）, （二）… which is a 项 of the 款 before it. Tables and
 * lists belong to the 款 they follow. One function numbers them for the anchors
 * (`a18-2`, `a18-2-3`), the citations (第十八条第二款第（三）项) and the search
 * index, so the three always agree (issue 14).
 */
import { countedLabel, itemLabel, parseNumeral } from './numerals.ts';
import { articleAnchor } from './ids.ts';

/** Where one block of an article sits: its 款 and, for an item, its 项 (both from 1). */
export interface ParagraphPlace {
  paragraph: number;
  item?: number | undefined;
}

/** （三） at the start of a paragraph: the 项 number, else null. */
export function itemNumber(text: string): number | null {
  const m = /^\s*[（(]([零〇一二两三四五六七八九十百]+)[）)]/.exec(text);
  return m ? parseNumeral(m[1]!) : null;
}

/**
 * Number the blocks of one article body. `blocks` holds each block's text for
 * a paragraph, or null for anything else (table, list, figure): those get no
 * place of their own. An item before any paragraph opens 款 1.
 */
export function numberParagraphs(blocks: (string | null)[]): (ParagraphPlace | null)[] {
  let paragraph = 0;
  let item = 0;
  return blocks.map((text) => {
    if (text === null) return null;
    if (itemNumber(text) !== null) {
      if (paragraph === 0) paragraph = 1;
      item += 1;
      return { paragraph, item };
    }
    paragraph += 1;
    item = 0;
    return { paragraph };
  });
}

/**
 * How many 项 each 款 has, for the citation index: `[0, 3]` is an article of
 * two 款 whose second has three 项.
 */
export function paragraphShape(places: (ParagraphPlace | null)[]): number[] {
  const shape: number[] = [];
  for (const p of places) {
    if (!p) continue;
    shape[p.paragraph - 1] = Math.max(shape[p.paragraph - 1] ?? 0, p.item ?? 0);
  }
  return Array.from(shape, (n) => n ?? 0);
}

/** The anchor of a 款 or 项: `a18-2`, `a18-2-3`. */
export function paragraphAnchor(article: number, place: ParagraphPlace): string {
  const base = `${articleAnchor(article)}-${place.paragraph}`;
  return place.item ? `${base}-${place.item}` : base;
}

/** Parse `a18-2-3` (with or without `#`) into its article and place; null for anything else. */
export function parseParagraphAnchor(anchor: string): ({ article: number } & ParagraphPlace) | null {
  const m = /^#?a([1-9]\d*)-([1-9]\d*)(?:-([1-9]\d*))?$/.exec(anchor);
  if (!m) return null;
  return { article: Number(m[1]), paragraph: Number(m[2]), ...(m[3] ? { item: Number(m[3]) } : {}) };
}

/**
 * 第二款第（三）项: the part of a citation below the 条. The 款 is left out
 * when the article has only one (第三条第（一）项), as the plan's own
 * cross-references write it.
 */
export function placeLabel(place: ParagraphPlace, paragraphCount: number): string {
  let s = '';
  if (paragraphCount > 1 || !place.item) s += countedLabel(place.paragraph, '款');
  if (place.item) s += itemLabel(place.item);
  return s;
}
