/**
 * The changes of a version against its previous one, as readers see them on
 * /versions/, the diff pages and the feed (issue 13): a removed article is
 * named with the previous version's label (删除 整理稿第1版第十五条, since its
 * number means nothing in the new version); a renumbering note never says
 * 文字未改 over a range where the text did change; and the changes a
 * changelog of articles cannot hold — parts such as 附图 added or removed,
 * chapter and section titles changed — are derived from the texts themselves.
 */
import { articleLabel, chapterLabel, sectionLabel } from './citation.ts';
import { articleNamer, partPath, type ArticleNamer } from './provision-number.ts';
import { parseChineseNumeral } from './numerals.ts';
import { comparableArticles, diffVersions } from './diff.ts';
import type { PlanModel } from './plan-model.ts';

export const CHANGE_KIND = { added: '新增', removed: '删除', changed: '修改', renumbered: '重新编号' } as const;

/** One recorded change (`changes` in `_version.yaml`). */
export interface RecordedChange {
  kind: keyof typeof CHANGE_KIND;
  article: number;
  from?: number | undefined;
  note: string;
}

/** A part outside the chapters (附图, 附表…), by its title and text. */
export interface PartText {
  title: string;
  text: string;
}

/** Chapter and section titles of a version, by number (with the labels the version shows, when known: 1, 1.2, 一、). */
export interface Outline {
  chapters: ReadonlyArray<{ chapter: number; label?: string; title: string; sections: ReadonlyArray<{ section: number; label?: string; title: string }> }>;
}

const UNCHANGED_CLAIM = /[，,；;]?\s*(本条|各条)?文字(均)?未改/;
const RANGE = /^第([零〇一二两三四五六七八九十百千]+)条至第([零〇一二两三四五六七八九十百千]+)条/;

/** The articles (new numbers) a renumbering note speaks for: its 第X条至第Y条 range, else the article itself. */
function renumberedRange(c: RecordedChange): [number, number] {
  const m = RANGE.exec(c.note);
  const from = m ? parseChineseNumeral(m[1]!) : null;
  const to = m ? parseChineseNumeral(m[2]!) : null;
  return from !== null && to !== null ? [from, to] : [c.article, c.article];
}

/** A renumbering note, without a 文字未改 claim that the text contradicts. */
function renumberedNote(c: RecordedChange, textChanged: ReadonlySet<number>, name: ArticleNamer): string {
  const [from, to] = renumberedRange(c);
  const changed = [...textChanged].filter((n) => n >= from && n <= to).sort((a, b) => a - b);
  if (changed.length === 0 || !UNCHANGED_CLAIM.test(c.note)) return c.note;
  return `${c.note.replace(UNCHANGED_CLAIM, '')}；其中${changed.map(name).join('、')}的文字另有修改，见该条`;
}

/** Article names of the new version and of the previous one (for removed articles and former numbers). */
export interface ChangeNames {
  newer: ArticleNamer;
  older: ArticleNamer;
}

const LAW_NAMES: ChangeNames = { newer: (n) => articleLabel(n), older: (n) => articleLabel(n) };

/**
 * Lines for a version's recorded changes. `previousLabel` names removed
 * articles; `textChanged` holds the (new) numbers of articles whose text
 * changed, from the diff, so no note claims otherwise. `names` prints an
 * article number as each version printed it (3.2.1); 第X条 by default.
 */
export function changeLines(changes: ReadonlyArray<RecordedChange>, previousLabel: string, textChanged: ReadonlySet<number>, names: ChangeNames = LAW_NAMES): string[] {
  return changes.map((c) => {
    const what = c.kind === 'removed' ? `${previousLabel}${names.older(c.article)}` : `${names.newer(c.article)}${c.from ? `（原${names.older(c.from)}）` : ''}`;
    const note = c.kind === 'renumbered' ? renumberedNote(c, textChanged, names.newer) : c.note;
    return `${CHANGE_KIND[c.kind]} ${what}${note ? `：${note}` : ''}`;
  });
}

/** Parts outside the chapters added, removed or changed (by title). */
export function partChangeLines(before: ReadonlyArray<PartText>, after: ReadonlyArray<PartText>, previousLabel: string): string[] {
  const lines: string[] = [];
  const old = new Map(before.map((p) => [p.title, p]));
  const now = new Map(after.map((p) => [p.title, p]));
  for (const p of after) {
    const was = old.get(p.title);
    if (!was) lines.push(`新增 ${p.title}（条文之后的部分）`);
    else if (was.text.trim() !== p.text.trim()) lines.push(`修改 ${p.title}（条文之后的部分）`);
  }
  for (const p of before) if (!now.has(p.title)) lines.push(`删除 ${previousLabel}${p.title}`);
  return lines;
}

/** Chapter and section titles that changed under the same number. */
export function titleChangeLines(before: Outline, after: Outline): string[] {
  const lines: string[] = [];
  for (const c of after.chapters) {
    const was = before.chapters.find((x) => x.chapter === c.chapter);
    if (!was) continue;
    const chapter = c.label ?? chapterLabel(c.chapter);
    // A flat version's one chapter has no number: its title is the plan's.
    if (was.title !== c.title) lines.push(`修改 ${chapter || '全文'}标题：${was.title} → ${c.title}`);
    for (const s of c.sections) {
      const wasS = was.sections.find((x) => x.section === s.section);
      if (wasS && wasS.title !== s.title) lines.push(`修改 ${partPath(chapter, s.label ?? sectionLabel(s.section))}标题：${wasS.title} → ${s.title}`);
    }
  }
  return lines;
}

/**
 * Every change line of `newer` against `older` (its previous version): the
 * recorded changes, corrected by the diff, then changed titles and parts.
 */
export function versionChangeLines(older: PlanModel, newer: PlanModel, olderParts: ReadonlyArray<PartText>, newerParts: ReadonlyArray<PartText>): string[] {
  const { entries } = diffVersions(comparableArticles(older), comparableArticles(newer));
  const textChanged = new Set(entries.filter((e) => e.textChanged && e.after).map((e) => e.after!.number));
  const label = older.version.label;
  return [
    ...changeLines(newer.version.changes, label, textChanged, { newer: articleNamer(newer), older: articleNamer(older) }),
    ...titleChangeLines(older, newer),
    ...partChangeLines(olderParts, newerParts, label),
  ];
}
