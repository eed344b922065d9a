/**
 * Align the articles of two versions of the plan so each article keeps its key
 * across renumbering (CONTRIBUTING.md, "article key"). Articles are matched by
 * title and text similarity, and the matching preserves order: plans insert,
 * delete and edit articles but do not reshuffle them, so an order-preserving
 * best matching (a weighted longest common subsequence) is both right and
 * robust against two similar articles far apart. A new layout may still move
 * a whole section elsewhere (issue 15), so a second pass pairs the articles
 * left over on both sides when they are clearly the same (`moveThreshold`).
 * Pure; no file system.
 */

/** What alignment needs of an article: its title and its plain text. */
export interface AlignItem {
  title: string;
  text: string;
}

export interface AlignOptions {
  /** Minimum similarity (0–1) for two articles to count as the same article. Default 0.45. */
  threshold?: number;
  /**
   * Above this many article pairs, only pairs near the diagonal are compared
   * (a band of `band` articles plus the difference in counts). Default 250,000.
   */
  fullLimit?: number;
  /** Band half-width for large inputs. Default 40. */
  band?: number;
  /** Minimum similarity for an article that moved out of order (a section moved elsewhere). Default 0.8. */
  moveThreshold?: number;
}

/** Character bigrams of a text as a sorted array of codes (a multiset), for Dice similarity. */
function bigrams(text: string): Float64Array {
  const s = text.replace(/[\s\u3000]+/g, '');
  const codes: number[] = [];
  if (s.length === 1) codes.push(s.charCodeAt(0));
  for (let i = 0; i + 1 < s.length; i++) codes.push(s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1) + 1);
  return Float64Array.from(codes).sort();
}

/** Dice coefficient of two sorted bigram multisets. */
function dice(a: Float64Array, b: Float64Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}

interface Prepared {
  title: string;
  text: string;
  titleGrams: Float64Array;
  textGrams: Float64Array;
}

function prepare(item: AlignItem): Prepared {
  return { title: item.title.trim(), text: item.text, titleGrams: bigrams(item.title), textGrams: bigrams(item.text) };
}

function score(a: Prepared, b: Prepared): number {
  // Stryker disable next-line ConditionalExpression: a shortcut; dice of equal texts is 1 as well
  const text = a.text === b.text ? 1 : dice(a.textGrams, b.textGrams);
  if (!a.title || !b.title) return text;
  // Stryker disable next-line ConditionalExpression: a shortcut; dice of equal titles is 1 as well
  const title = a.title === b.title ? 1 : dice(a.titleGrams, b.titleGrams);
  return 0.25 * title + 0.75 * text;
}

/**
 * Similarity of two articles from 0 to 1: character-bigram Dice of the text,
 * with the title weighing a quarter when both articles have one.
 */
export function articleSimilarity(a: AlignItem, b: AlignItem): number {
  return score(prepare(a), prepare(b));
}

/**
 * Match the articles of `next` to those of `previous`, preserving order and
 * maximising the total similarity of matched pairs. Returns, for each article
 * of `next`, the index of its match in `previous`, or null for a new article.
 */
export function alignArticles(previous: readonly AlignItem[], next: readonly AlignItem[], options: AlignOptions = {}): (number | null)[] {
  const result: (number | null)[] = new Array<number | null>(next.length).fill(null);
  // Anchors first (as patience diff does): articles that are unmistakably the
  // same (identical and unique on both sides), kept in order. Revisions leave
  // most articles recognisable, so the similarity search only runs between anchors.
  const anchors = anchorPairs(previous, next, options.threshold ?? 0.45);
  let pi = 0;
  let nj = 0;
  for (const [i, j] of [...anchors, [previous.length, next.length] as const]) {
    const segment = alignSegment(previous.slice(pi, i), next.slice(nj, j), options);
    segment.forEach((k, x) => {
      if (k !== null) result[nj + x] = pi + k;
    });
    if (i < previous.length) result[j] = i;
    pi = i + 1;
    nj = j + 1;
  }
  matchMoved(previous, next, result, options);
  return result;
}

/**
 * Pairs articles that the order-preserving pass left unmatched on both sides
 * when they are clearly the same (a section moved to another chapter), best
 * pairs first. Skipped when the leftovers are too many to compare cheaply.
 */
function matchMoved(previous: readonly AlignItem[], next: readonly AlignItem[], result: (number | null)[], options: AlignOptions): void {
  const used = new Set(result.filter((k): k is number => k !== null));
  const prevLeft = previous.map((_, i) => i).filter((i) => !used.has(i));
  const nextLeft = next.map((_, j) => j).filter((j) => result[j] === null);
  if (prevLeft.length * nextLeft.length > (options.fullLimit ?? 250_000)) return;
  const threshold = options.moveThreshold ?? 0.8;
  const prep = new Map(prevLeft.map((i) => [i, prepare(previous[i]!)]));
  const pairs: { i: number; j: number; s: number }[] = [];
  for (const j of nextLeft) {
    const b = prepare(next[j]!);
    for (const i of prevLeft) {
      const s = score(prep.get(i)!, b);
      if (s >= threshold) pairs.push({ i, j, s });
    }
  }
  pairs.sort((x, y) => y.s - x.s || x.j - y.j);
  const taken = new Set<number>();
  for (const { i, j } of pairs) {
    if (taken.has(i) || result[j] !== null) continue;
    result[j] = i;
    taken.add(i);
  }
}

/**
 * Anchor pairs (i, j), in order and never crossing: articles unique on both
 * sides with identical title and text, then identical text, then an identical
 * title with similar text. The longest increasing run of these candidates
 * (patience sorting) is kept.
 */
function anchorPairs(previous: readonly AlignItem[], next: readonly AlignItem[], threshold: number): [number, number][] {
  const candidates: [number, number][] = [];
  const usedPrev = new Set<number>();
  const usedNext = new Set<number>();
  const passes: { key: (a: AlignItem) => string | null; verify?: (i: number, j: number) => boolean }[] = [
    { key: (a) => `${a.title.trim()}\u0000${a.text}` },
    { key: (a) => (a.text.length >= 8 ? a.text : null) },
    { key: (a) => (a.title.trim() ? a.title.trim() : null), verify: (i, j) => articleSimilarity(previous[i]!, next[j]!) >= threshold },
  ];
  for (const pass of passes) {
    const unique = (items: readonly AlignItem[], used: Set<number>) => {
      const m = new Map<string, number>();
      items.forEach((a, i) => {
        if (used.has(i)) return;
        const k = pass.key(a);
        if (k !== null) m.set(k, m.has(k) ? -1 : i);
      });
      return m;
    };
    const inPrev = unique(previous, usedPrev);
    const inNext = unique(next, usedNext);
    for (const [key, i] of inPrev) {
      const j = inNext.get(key);
      if (i < 0 || j === undefined || j < 0) continue;
      if (pass.verify && !pass.verify(i, j)) continue;
      candidates.push([i, j]);
      usedPrev.add(i);
      usedNext.add(j);
    }
  }
  candidates.sort((a, b) => a[0] - b[0]);
  // Longest increasing subsequence in j, so anchors never cross.
  const tails: number[] = [];
  const parent = new Array<number>(candidates.length).fill(-1);
  candidates.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (candidates[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) parent[k] = tails[lo - 1]!;
    tails[lo] = k;
  });
  const out: [number, number][] = [];
  for (let k = tails.at(-1) ?? -1; k >= 0; k = parent[k]!) out.push(candidates[k]!);
  return out.reverse();
}

/** The order-preserving best matching of one stretch of articles (a weighted LCS). */
function alignSegment(previous: readonly AlignItem[], next: readonly AlignItem[], options: AlignOptions): (number | null)[] {
  const threshold = options.threshold ?? 0.45;
  const n = previous.length;
  const m = next.length;
  const result: (number | null)[] = new Array<number | null>(m).fill(null);
  const prev = previous.map(prepare);
  const nxt = next.map(prepare);
  const full = n * m <= (options.fullLimit ?? 250_000);
  const band = (options.band ?? 40) + Math.abs(n - m);

  // best[i][j] = best total for prev[0..i) and next[0..j); two rows of scores, all back-pointers.
  let above = new Float64Array(m + 1);
  let row = new Float64Array(m + 1);
  const back = new Uint8Array((n + 1) * (m + 1)); // 0 none, 1 match, 2 skip prev, 3 skip next
  for (let i = 1; i <= n; i++) {
    row[0] = 0;
    back[i * (m + 1)] = 2;
    // The diagonal position of prev i in next, for the band.
    const centre = (i * m) / n;
    for (let j = 1; j <= m; j++) {
      let bestValue = above[j]!;
      let dir = 2;
      if (row[j - 1]! > bestValue) {
        bestValue = row[j - 1]!;
        dir = 3;
      }
      if (full || Math.abs(j - centre) <= band) {
        const s = score(prev[i - 1]!, nxt[j - 1]!);
        if (s >= threshold && above[j - 1]! + s > bestValue) {
          bestValue = above[j - 1]! + s;
          dir = 1;
        }
      }
      row[j] = bestValue;
      back[i * (m + 1) + j] = dir;
    }
    [above, row] = [row, above];
  }
  for (let j = 1; j <= m; j++) back[j] = 3;
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const dir = back[i * (m + 1) + j];
    if (dir === 1) {
      result[j - 1] = i - 1;
      i--;
      j--;
    } else if (dir === 2) i--;
    else j--;
  }
  return result;
}

/** An article of the previous version: its number, key and text. */
export interface KeyedArticle extends AlignItem {
  number: number;
  key: string;
}

/** The key (and former number) the importer writes for an article. */
export interface ArticleKey {
  number: number;
  key: string;
  /** The article's number in the previous version, when it changed. */
  from?: number;
}

/**
 * Keys for the articles of a new version: carried from the matched article of
 * the previous version (with `from` when the number changed), `"<version>-<n>"`
 * for an article first added in this version, and String(n) when there is no
 * previous version.
 */
export function assignArticleKeys(
  previous: readonly KeyedArticle[] | null,
  next: readonly (AlignItem & { number: number })[],
  versionId: string,
  options: AlignOptions = {},
): ArticleKey[] {
  if (!previous) return next.map((a) => ({ number: a.number, key: String(a.number) }));
  const matches = alignArticles(previous, next, options);
  return next.map((a, j) => {
    const k = matches[j];
    if (k === null || k === undefined) return { number: a.number, key: `${versionId}-${a.number}` };
    const p = previous[k]!;
    return p.number === a.number ? { number: a.number, key: p.key } : { number: a.number, key: p.key, from: p.number };
  });
}
