/**
 * Article-by-article differences between two versions of the plan (issue 6).
 *
 * Articles are aligned by their `key` (which survives renumbering, see
 * CONTRIBUTING.md), never by number. Two texts that differ only in
 * full-/half-width punctuation or white space are the same text: compiled
 * editions are typed and re-typed, and such noise is not an amendment.
 *
 * Pure logic: no Astro, no file system.
 */
import { diffArrays } from 'diff';
import { toPlainText, type PlanModel } from './plan-model.ts';
import { provisionNumber } from './provision-number.ts';

/** One article as the diff sees it. */
export interface ComparableArticle {
  /** Key that survives renumbering (frontmatter `key`). */
  key: string;
  /** Number in its version (第N条). */
  number: number;
  /** The number as printed when the version is not law-shaped (3.2.1). */
  printed?: string | undefined;
  /** Heading title after 第N条, if any. */
  title?: string;
  /** Body text (Markdown source without the heading). */
  text: string;
  /** Chapter number the article sits in. */
  chapter: number;
  /** Section number, absent when the chapter holds the article itself. */
  section?: number;
  /** Former number recorded by the importer (frontmatter `from`). */
  from?: number;
}

/** The status of one aligned article. `changed` and `renumbered` may both hold. */
export type ArticleChangeKind = 'added' | 'removed' | 'changed' | 'renumbered' | 'unchanged';

/** One row of a version diff. */
export interface ArticleDiffEntry {
  key: string;
  /** Most significant status: added, removed, changed (text), renumbered (number only), unchanged. */
  kind: ArticleChangeKind;
  /** The article in the older version (absent when added). */
  before?: ComparableArticle;
  /** The article in the newer version (absent when removed). */
  after?: ComparableArticle;
  /** Text or title differ beyond width and white space. */
  textChanged: boolean;
  /** The number differs. */
  renumbered: boolean;
  /** The chapter or section differs. */
  moved: boolean;
}

/** Counts shown at the top of a diff page. */
export interface DiffSummary {
  added: number;
  removed: number;
  /** Articles whose text changed (renumbered ones included). */
  changed: number;
  /** Articles whose number changed (changed ones included). */
  renumbered: number;
  /** Same number, same text. */
  unchanged: number;
}

/** A whole version diff: rows in reading order of the newer version, plus counts. */
export interface VersionDiff {
  entries: ArticleDiffEntry[];
  summary: DiffSummary;
}

// Characters that the half-width/full-width distinction maps onto each other
// but Unicode NFKC leaves alone (CJK punctuation has no compatibility mapping).
const WIDTH_EQUIVALENTS: Record<string, string> = {
  '。': '.',
  '｡': '.',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '｢': '「',
  '｣': '」',
  '､': '、',
  '･': '·',
  '・': '·',
};

/**
 * The form two texts are compared in: full-width forms (U+FF01–FF5E,
 * U+FF61–FF64) folded to their half-width counterparts, CJK full stop and
 * curly quotes folded to ASCII, and all white space (including the ideographic
 * space U+3000) removed. Anything else is kept as is, so ① and 1 still differ.
 */
export function normalizeForComparison(text: string): string {
  let out = '';
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCodePoint(code - 0xfee0);
    } else if (ch in WIDTH_EQUIVALENTS) {
      out += WIDTH_EQUIVALENTS[ch];
    } else {
      out += ch;
    }
  }
  return out;
}

/** True when two texts differ only in width of punctuation/letters or white space. */
export function sameText(a: string, b: string): boolean {
  return normalizeForComparison(a) === normalizeForComparison(b);
}

/** A problem with article keys in one version. */
export interface KeyProblem {
  key: string;
  /** Article numbers involved. */
  numbers: number[];
  message: string;
}

/**
 * Checks that every article of a version has a non-empty key and that keys
 * are unique within the version (issue 6: keys are what citations and diffs
 * follow across renumbering, so a duplicate would merge two provisions).
 */
export function validateArticleKeys(
  versionId: string,
  articles: ReadonlyArray<Pick<ComparableArticle, 'key' | 'number'>>,
): KeyProblem[] {
  const problems: KeyProblem[] = [];
  const byKey = new Map<string, number[]>();
  for (const a of articles) {
    if (!a.key || !a.key.trim()) {
      problems.push({
        key: a.key ?? '',
        numbers: [a.number],
        message: `${versionId}: article ${a.number} has no key; the importer (src/lib/align.ts) must write \`key\` in the section frontmatter`,
      });
      continue;
    }
    const list = byKey.get(a.key) ?? [];
    list.push(a.number);
    byKey.set(a.key, list);
  }
  for (const [key, numbers] of byKey) {
    if (numbers.length > 1) {
      problems.push({
        key,
        numbers,
        message: `${versionId}: key "${key}" is used by articles ${numbers.join(', ')}; keys must be unique within a version — give the later article a key "${versionId}-<n>"`,
      });
    }
  }
  return problems;
}

/**
 * Checks `from` against the previous version: a renumbered article's former
 * number must be the number its key had in the previous version.
 */
export function validateRenumbering(
  versionId: string,
  previous: ReadonlyArray<Pick<ComparableArticle, 'key' | 'number'>>,
  current: ReadonlyArray<Pick<ComparableArticle, 'key' | 'number' | 'from'>>,
): KeyProblem[] {
  const before = new Map(previous.map((a) => [a.key, a.number]));
  const problems: KeyProblem[] = [];
  for (const a of current) {
    if (a.from === undefined) continue;
    const old = before.get(a.key);
    if (old === undefined) {
      problems.push({
        key: a.key,
        numbers: [a.number],
        message: `${versionId}: article ${a.number} says it was 原第${a.from}条 but key "${a.key}" is not in the previous version`,
      });
    } else if (old !== a.from) {
      problems.push({
        key: a.key,
        numbers: [a.number, a.from, old],
        message: `${versionId}: article ${a.number} says from: ${a.from} but key "${a.key}" was article ${old} in the previous version`,
      });
    }
  }
  return problems;
}

function classify(before: ComparableArticle, after: ComparableArticle): ArticleDiffEntry {
  const textChanged = !sameText(before.text, after.text) || !sameText(before.title ?? '', after.title ?? '');
  const renumbered = before.number !== after.number;
  const moved = before.chapter !== after.chapter || (before.section ?? 0) !== (after.section ?? 0);
  const kind: ArticleChangeKind = textChanged ? 'changed' : renumbered ? 'renumbered' : 'unchanged';
  return { key: after.key, kind, before, after, textChanged, renumbered, moved };
}

/**
 * Aligns two versions by key. Rows follow the newer version's order; a
 * removed article is placed right after the nearest preceding article of the
 * older version that survives (or first, if none does).
 */
export function diffVersions(
  older: ReadonlyArray<ComparableArticle>,
  newer: ReadonlyArray<ComparableArticle>,
): VersionDiff {
  const oldByKey = new Map(older.map((a) => [a.key, a]));
  const newKeys = new Set(newer.map((a) => a.key));
  const entries: ArticleDiffEntry[] = [];
  const indexOfKey = new Map<string, number>();

  // Removed articles grouped by the surviving key they follow ('' = start).
  const removedAfter = new Map<string, ComparableArticle[]>();
  let lastSurvivor = '';
  for (const a of older) {
    if (newKeys.has(a.key)) {
      lastSurvivor = a.key;
    } else {
      const list = removedAfter.get(lastSurvivor) ?? [];
      list.push(a);
      removedAfter.set(lastSurvivor, list);
    }
  }
  const pushRemoved = (anchorKey: string) => {
    for (const a of removedAfter.get(anchorKey) ?? []) {
      entries.push({ key: a.key, kind: 'removed', before: a, textChanged: false, renumbered: false, moved: false });
    }
  };

  pushRemoved('');
  for (const a of newer) {
    const before = oldByKey.get(a.key);
    indexOfKey.set(a.key, entries.length);
    entries.push(
      before
        ? classify(before, a)
        : { key: a.key, kind: 'added', after: a, textChanged: false, renumbered: false, moved: false },
    );
    if (before) pushRemoved(a.key);
  }

  const summary: DiffSummary = { added: 0, removed: 0, changed: 0, renumbered: 0, unchanged: 0 };
  for (const e of entries) {
    if (e.kind === 'added') summary.added++;
    else if (e.kind === 'removed') summary.removed++;
    else {
      if (e.textChanged) summary.changed++;
      if (e.renumbered) summary.renumbered++;
      if (!e.textChanged && !e.renumbered) summary.unchanged++;
    }
  }
  return { entries, summary };
}

/** One run of a redline: kept, inserted or deleted text. */
export interface RedlinePart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Splits text into Chinese words with `Intl.Segmenter('zh', {granularity:'word'})`;
 * white space is glued to the token before it so it never becomes a change
 * of its own.
 */
export function segmentWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const tokens: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    if (/^\s+$/u.test(segment) && tokens.length > 0) {
      tokens[tokens.length - 1] += segment;
    } else {
      tokens.push(segment);
    }
  }
  return tokens;
}

/**
 * Word-level redline from `before` to `after` (the `diff` package's Myers
 * diff over Chinese word tokens). Tokens that differ only in width or white
 * space count as the same and are shown as in `after`.
 */
export function redline(before: string, after: string): RedlinePart[] {
  const changes = diffArrays(segmentWords(before), segmentWords(after), {
    comparator: (x: string, y: string) => sameText(x, y),
  });
  const parts: RedlinePart[] = [];
  for (const c of changes) {
    const kind: RedlinePart['kind'] = c.added ? 'added' : c.removed ? 'removed' : 'same';
    const text = c.value.join('');
    if (!text) continue;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  }
  return parts;
}

/** One event in an article's history across versions. */
export interface ArticleHistoryEvent {
  versionId: string;
  kind: 'added' | 'changed' | 'renumbered' | 'removed' | 'unchanged';
  /** Number in this version (for removed: the last number it had). */
  number: number;
  /** Former number, for renumbered (原第X条). */
  fromNumber?: number;
  /** `number` as printed in that version: 第十八条, 3.2.1. */
  label: string;
  /** `fromNumber` as printed in the version before. */
  fromLabel?: string;
  /** Whether the text also changed (a renumbered article can be changed too). */
  textChanged: boolean;
  /** Changelog notes of this version that name this article. */
  notes: string[];
}

/** The minimum of a version the history needs. */
export interface HistoryVersion {
  id: string;
  articles: ReadonlyArray<ComparableArticle>;
  changes?: ReadonlyArray<{ kind: string; article: number; from?: number; note?: string }>;
}

/**
 * Follows one key through versions in chronological order: where it was
 * added, changed, renumbered (from `from` or the number the key had before)
 * or removed. Versions where nothing happened are reported as `unchanged`.
 */
export function articleHistory(key: string, versions: ReadonlyArray<HistoryVersion>): ArticleHistoryEvent[] {
  const events: ArticleHistoryEvent[] = [];
  let previous: ComparableArticle | undefined;
  for (const v of versions) {
    const current = v.articles.find((a) => a.key === key);
    const notesFor = (n: number, kinds: string[]) =>
      (v.changes ?? []).filter((c) => c.article === n && kinds.includes(c.kind) && c.note).map((c) => c.note!);
    if (current && !previous) {
      events.push({
        versionId: v.id,
        kind: 'added',
        number: current.number,
        label: printedLabel(current),
        textChanged: false,
        notes: notesFor(current.number, ['added', 'changed', 'renumbered']),
      });
    } else if (current && previous) {
      const e = classify(previous, current);
      const fromNumber = e.renumbered ? (current.from ?? previous.number) : undefined;
      events.push({
        versionId: v.id,
        kind: e.textChanged ? 'changed' : e.renumbered ? 'renumbered' : 'unchanged',
        number: current.number,
        fromNumber,
        label: printedLabel(current),
        ...(fromNumber !== undefined ? { fromLabel: fromNumber === previous.number ? printedLabel(previous) : printedLabel({ number: fromNumber }) } : {}),
        textChanged: e.textChanged,
        notes: notesFor(current.number, ['added', 'changed', 'renumbered']),
      });
    } else if (!current && previous) {
      events.push({
        versionId: v.id,
        kind: 'removed',
        number: previous.number,
        label: printedLabel(previous),
        textChanged: false,
        notes: notesFor(previous.number, ['removed']),
      });
    }
    previous = current;
  }
  return events;
}

/** An article's number as its version prints it (through src/lib/provision-number.ts). */
export function printedLabel(a: { number: number; printed?: string | undefined }): string {
  return provisionNumber(a.number, a.printed).printed;
}

/** Article n of a version as that version prints it (第十八条, 3.2.1); 第N条 when the version is unknown or lacks it. */
export function printedIn(model: Pick<PlanModel, 'articles'> | undefined, n: number): string {
  return printedLabel(model?.articles.find((a) => a.number === n) ?? { number: n });
}

const comparableCache = new WeakMap<PlanModel, ComparableArticle[]>();

/**
 * The articles of a plan model as the diff compares them: plain text (MDX
 * escapes and table pipes removed), so markup noise is not a change.
 */
export function comparableArticles(model: PlanModel): ComparableArticle[] {
  let list = comparableCache.get(model);
  if (!list) {
    list = model.articles.map((a) => ({
      key: a.key,
      number: a.number,
      ...(a.printed ? { printed: a.printed } : {}),
      title: a.title,
      text: toPlainText(a.body),
      chapter: a.chapter,
      section: a.section,
      from: a.from,
    }));
    comparableCache.set(model, list);
  }
  return list;
}

/**
 * The diffs the site publishes, for versions ordered oldest first: every older
 * version against every newer one. Publishing only "each against the newest"
 * would drop /diff/ed1/ed3/ the day ed4 arrives, and a published URL never
 * goes away (docs/design.md). `newestId` puts the newest last when it is not.
 */
export function diffPairs(orderedIds: ReadonlyArray<string>, newestId?: string): [string, string][] {
  const ids = newestId && orderedIds.includes(newestId) ? [...orderedIds.filter((id) => id !== newestId), newestId] : [...orderedIds];
  const pairs: [string, string][] = [];
  for (let j = 1; j < ids.length; j++) for (let i = 0; i < j; i++) pairs.push([ids[i]!, ids[j]!]);
  return pairs;
}

/**
 * Key problems across all versions: duplicate or empty keys within a version,
 * and `from` numbers that disagree with the version named in `previous`.
 */
export function keyProblemsAcrossVersions(
  versions: ReadonlyArray<{ id: string; previous?: string | undefined; articles: ReadonlyArray<Pick<ComparableArticle, 'key' | 'number' | 'from'>> }>,
): KeyProblem[] {
  const byId = new Map(versions.map((v) => [v.id, v]));
  return versions.flatMap((v) => {
    const prev = v.previous ? byId.get(v.previous) : undefined;
    return [...validateArticleKeys(v.id, v.articles), ...(prev ? validateRenumbering(v.id, prev.articles, v.articles) : [])];
  });
}
