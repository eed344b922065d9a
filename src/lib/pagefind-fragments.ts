/**
 * Slim pagefind's page fragments: drop the anchors nothing reads.
 *
 * pagefind records every element with an id inside the indexed body as an
 * anchor, with its whole text: on a section page every ¶-anchored paragraph
 * is stored twice, once in the content and once as an anchor, and a search
 * fetches a fragment for each result. pagefind's runtime reads anchors only
 * to make sub-results (headings, or elements given a title), and this site
 * reads only those sub-results. The anchors it would skip are dropped here,
 * with the same test it uses, so every search answers as before.
 */
import { PAGEFIND_SIGNATURE } from './pagefind-chunks.ts';

/** One anchor as pagefind writes it. */
interface Anchor {
  element?: string;
  id?: string;
  text?: string;
  title?: string;
  location?: number;
}

/** pagefind 1.6's test in `calculate_sub_results`: an anchor with a title, or a heading with text. */
export function makesSubResult(anchor: Anchor): boolean {
  const blank = (s: string | undefined) => !s?.length || !/\S/.test(s);
  return !blank(anchor.title) || (/h\d/i.test(anchor.element ?? '') && !blank(anchor.text));
}

/**
 * A decompressed `.pf_fragment` (signature, then JSON) without the anchors
 * that make no sub-result; everything else is kept, in its order. Returns
 * the input unchanged when nothing is dropped.
 */
export function slimFragment(data: string, file: string): string {
  if (!data.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`${file}: not a pagefind fragment (no "${PAGEFIND_SIGNATURE}" signature)`);
  const fragment = JSON.parse(data.slice(PAGEFIND_SIGNATURE.length)) as { anchors?: Anchor[] };
  if (!Array.isArray(fragment.anchors)) throw new Error(`${file}: a pagefind fragment without anchors; pagefind's format has changed (see src/lib/pagefind-fragments.ts)`);
  const kept = fragment.anchors.filter(makesSubResult);
  if (kept.length === fragment.anchors.length) return data;
  fragment.anchors = kept;
  return PAGEFIND_SIGNATURE + JSON.stringify(fragment);
}
