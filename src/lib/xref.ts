/**
 * The cross-reference grammar: where a plan text refers to its own articles,
 * chapters and sections (按照第十八条…, 第四章第二节, 本章), and where those
 * references lead. Readers follow a plan by its references (issue 8), so the
 * transform in `src/markdown/remark-cross-references.ts` turns every reference
 * this module finds into a link, and `xref-index.ts` counts them.
 *
 * Pure: no file system, no Astro. Offsets are JavaScript string indices.
 */
import { CHINESE_NUMERAL_CHARS, parseNumeral } from './numerals.ts';
import { figureAnchor, figureUrl, provisionId, provisionUrl } from './ids.ts';
import { articleLabel, chapterLabel, provisionLabel } from './citation.ts';
import { labelledTitle, partPath } from './provision-number.ts';
import { toPlainText, type Article, type PlanModel } from './plan-model.ts';

/** What a reference points at, before it is resolved against a version. */
export type ReferenceTarget =
  /** 第十八条, 第十八条第二款 (clause kept for display), 第四章第二节第十八条 (with its place). */
  | {
      kind: 'article';
      article: number;
      clause?: number;
      item?: number;
      /** The chapter (and section) the text names the article in, checked when resolving. */
      within?: { chapter: number; section?: number };
      /** 本章第十八条 / 本节第十八条: the article must be in the chapter or section the text is in. */
      withinHere?: 'chapter' | 'section';
    }
  /** 第四章. */
  | { kind: 'chapter'; chapter: number }
  /** 第四章第二节; a bare 第二节 leaves `chapter` out: the chapter the text is in. */
  | { kind: 'section'; chapter?: number; section: number }
  /** 本章: the chapter the text is in. */
  | { kind: 'current-chapter' }
  /** 本节: the section the text is in. */
  | { kind: 'current-section' }
  /** 附图4: a figure of the plan, shown on its home section page. */
  | { kind: 'figure'; figure: number };

/** One linkable reference found in a text. */
export interface Reference {
  /** Offset of the first character of the link text. */
  start: number;
  /** Offset just past the link text. */
  end: number;
  /** The link text: `text.slice(start, end)`. */
  text: string;
  target: ReferenceTarget;
  /**
   * Set on both ends of a range (第十八条至第二十条): the articles or chapters
   * in between are referred to as well, though only the ends are linked.
   */
  range?: { from: number; to: number };
}

const NUM = `[${CHINESE_NUMERAL_CHARS}0-9０-９]+`;
/** Words that join references into one run: a list (、和及与或) or a range (至到). */
const JOIN = '以及|、|和|及|与|與|或|至|到';
const RANGE_JOINS = new Set(['至', '到']);

/**
 * One reference expression at a position (sticky). Alternatives in order of
 * preference; every group is named so the builder below reads them by name.
 */
const ATOM = new RegExp(
  [
    // Simplified or Traditional (第十八條, 本規劃, 第二節, 第（三）項): the importer keeps a text's own characters.
    // 第十八、十九条 / 第十八至二十条 / 第四、五章: several numbers sharing one unit.
    `(?<shared>(?<sharedOwn>本[规規][划劃])?第${NUM}(?:(?:${JOIN})第?${NUM})+(?<sharedUnit>[条條]|章))`,
    // 第四章第二节第十八条, 第四章第十八条: an article with its place (the site's citation form).
    `(?<placed>(?<placedOwn>本[规規][划劃])?第(?<pc>${NUM})章(?:第(?<ps>${NUM})[节節])?第(?<pa>${NUM})[条條](?:第(?<pclause>${NUM})款(?:第[（(]?(?<pitem>${NUM})[）)]?[项項])?)?)`,
    // 第四章第二节.
    `(?<sec>(?<secOwn>本[规規][划劃])?第(?<sc>${NUM})章第(?<ss>${NUM})[节節])`,
    // 第四章.
    `(?<chap>(?<chapOwn>本[规規][划劃])?第(?<cc>${NUM})章)`,
    // 第十八条, 第十八条第二款, 第十八条第二款第（三）项.
    // A PDF export may set the number apart: 第 3 条.
    `(?<art>(?<artOwn>本[规規][划劃])?第[ \\u3000]?(?<an>${NUM})[ \\u3000]?[条條](?:第(?<aclause>${NUM})款(?:第[（(]?(?<aitem>${NUM})[）)]?[项項])?)?)`,
    // 本节第一百一十条, 本章第十八条: an article named within where the text is.
    `(?<hereArt>本(?<hk>[章节節])第(?<ha>${NUM})[条條](?:第(?<hclause>${NUM})款(?:第[（(]?(?<hitem>${NUM})[）)]?[项項])?)?)`,
    // 第二节: a section of the chapter the text is in.
    `(?<rsec>第(?<rs>${NUM})[节節])`,
    // 本章 / 本节.
    `(?<here>本[章节節])`,
  ].join('|'),
  'y',
);

const JOINER = new RegExp(`(?:${JOIN})`, 'y');

/** Characters before 本 that make 本章/本节 part of another word (资本节约, 文本章节, 基本节点). */
const WORD_BEFORE_BEN = /[资基根成样版文剧日标脚账课读范原資樣劇標腳賬課讀範]$/;
/** Characters after 本章/本节 that make it part of another word (本章程, 本节约, 本章节). */
const WORD_AFTER_HERE = /^[程约能水地点日奏俭节約點儉節]/;

/**
 * Text that, directly before a reference, makes it a reference to another
 * document: a book title 《…》 (optionally followed by its document number in
 * brackets, as in 《若干意见》（中发〔2019〕18号）第三条), or 该法/该条例/同法….
 */
const OTHER_DOCUMENT_BEFORE = [
  /》(?:[（(][^（）()]{0,40}[）)])?$/,
  /(?:该|同|上述)[\u4e00-\u9fff]{0,6}(?:法|法律|条例|办法|规定|细则|意见|决定|通知|标准|规范|纲要|规划|方案)$/,
  /本(?:法|条例|办法|规定|细则)$/,
];

/** Parse a numeral of the grammar (the brackets of 第（三）项 are outside it); null unless it is a whole number ≥ 1. */
function number(text: string): number | null {
  const n = parseNumeral(text) ?? 0;
  return n >= 1 ? n : null;
}

interface Atom {
  start: number;
  end: number;
  /** Whether the atom starts with 本规划 (then it is ours even after another document's title). */
  own: boolean;
  refs: Reference[];
  /** Article or chapter number at each end, for ranges: [first, last]. */
  unit?: '条' | '章';
  firstNumber?: number;
  lastNumber?: number;
}

function ref(text: string, start: number, end: number, target: ReferenceTarget): Reference {
  return { start, end, text: text.slice(start, end), target };
}

/** Split 第十八、第十九至二十条 into its numbers with their spans (the first with 第, the last with 条). */
function sharedAtom(text: string, start: number, end: number, own: boolean, unit: '条' | '章'): Atom | null {
  const body = text.slice(start, end);
  const numbers = [...body.matchAll(new RegExp(`(?:^(?:本[规規][划劃])?第|第)?(${NUM})`, 'g'))];
  const joins = [...body.matchAll(new RegExp(JOIN, 'g'))].map((m) => m[0]);
  const values: number[] = [];
  const refs: Reference[] = [];
  numbers.forEach((m, i) => {
    const value = number(m[1]!);
    if (value === null) return;
    values.push(value);
    const s = start + m.index!;
    const e = i === numbers.length - 1 ? end : start + m.index! + m[0].length;
    refs.push(
      ref(text, s, e, unit === '条' ? { kind: 'article', article: value } : { kind: 'chapter', chapter: value }),
    );
  });
  if (values.length !== numbers.length) return null;
  // A range join links its two neighbours: 第十八至二十条.
  joins.forEach((j, i) => {
    if (RANGE_JOINS.has(j) && values[i]! < values[i + 1]!) {
      refs[i]!.range = refs[i + 1]!.range = { from: values[i]!, to: values[i + 1]! };
    }
  });
  return { start, end, own, refs, unit, firstNumber: values[0]!, lastNumber: values[values.length - 1]! };
}

/** Match one atom at position i, or null. */
function atomAt(text: string, i: number): Atom | null {
  ATOM.lastIndex = i;
  const m = ATOM.exec(text);
  if (!m) return null;
  const g = m.groups!;
  const start = i;
  const end = i + m[0].length;
  const whole = (target: ReferenceTarget, unit?: '条' | '章', n?: number): Atom => ({
    start,
    end,
    own: m[0].startsWith('本规划'),
    refs: [ref(text, start, end, target)],
    ...(unit ? { unit, firstNumber: n, lastNumber: n } : {}),
  });
  if (g.shared) return sharedAtom(text, start, end, Boolean(g.sharedOwn), g.sharedUnit === '章' ? '章' : '条');
  if (g.placed) {
    const chapter = number(g.pc!);
    const section = g.ps ? number(g.ps) : undefined;
    const article = number(g.pa!);
    if (chapter === null || section === null || article === null) return null;
    const target: ReferenceTarget = { kind: 'article', article, within: section ? { chapter, section } : { chapter } };
    if (!addClause(target, g.pclause, g.pitem)) return null;
    return whole(target, '条', article);
  }
  if (g.sec) {
    const chapter = number(g.sc!);
    const section = number(g.ss!);
    return chapter && section ? whole({ kind: 'section', chapter, section }) : null;
  }
  if (g.chap) {
    const chapter = number(g.cc!);
    return chapter ? whole({ kind: 'chapter', chapter }, '章', chapter) : null;
  }
  if (g.art) {
    const article = number(g.an!);
    if (article === null) return null;
    const target: ReferenceTarget = { kind: 'article', article };
    if (!addClause(target, g.aclause, g.aitem)) return null;
    return whole(target, '条', article);
  }
  if (g.hereArt) {
    if (WORD_BEFORE_BEN.test(text.slice(0, start))) return null;
    const article = number(g.ha!);
    if (article === null) return null;
    const target: ReferenceTarget = { kind: 'article', article, withinHere: g.hk === '章' ? 'chapter' : 'section' };
    if (!addClause(target, g.hclause, g.hitem)) return null;
    return whole(target, '条', article);
  }
  if (g.rsec) {
    const section = number(g.rs!);
    return section ? whole({ kind: 'section', section }) : null;
  }
  // 本章 / 本节, unless part of another word.
  if (WORD_BEFORE_BEN.test(text.slice(0, start)) || WORD_AFTER_HERE.test(text.slice(end))) return null;
  return whole(g.here === '本章' ? { kind: 'current-chapter' } : { kind: 'current-section' });
}

/** Add 第二款 / 第（三）项 to an article target; false if a numeral is malformed. */
function addClause(target: ReferenceTarget & { kind: 'article' }, clause?: string, item?: string): boolean {
  if (clause !== undefined) {
    const c = number(clause);
    if (c === null) return false;
    target.clause = c;
  }
  if (item !== undefined) {
    const it = number(item);
    if (it === null) return false;
    target.item = it;
  }
  return true;
}

/** Whether the text just before `start` names another document (《土地管理法》, 该法). */
function afterOtherDocument(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return OTHER_DOCUMENT_BEFORE.some((re) => re.test(before));
}

/** A reference to a figure of the plan (附图4): a reference whose target is a figure. */
export type FigureReference = Reference & { target: { kind: 'figure'; figure: number } };

const FIGURE_REFERENCE = /附图(\d+)/g;

/**
 * Find the references to figures (附图N, the plan's own spelling with Arabic
 * digits) in a text, in order. Resolve them with `resolveReference` against a
 * plan that knows its figures (`XrefPlan.figures`).
 */
export function findFigureReferences(text: string): FigureReference[] {
  return [...text.matchAll(FIGURE_REFERENCE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    target: { kind: 'figure', figure: Number(m[1]) },
  }));
}

/**
 * Find the references to the same plan in a text, in order, each with its
 * offsets and a typed target. Lists (第十八、十九条, 第十八条、第十九条) give one
 * reference per number; ranges (第十八条至第二十条) give both ends, each
 * carrying the whole range. References to other documents are left out:
 * anything directly after a title 《…》 (and the rest of its run:
 * 《土地管理法》第三十条、第三十一条), and after 该法/该条例/本法. 前款 and
 * 本条 are not references in this grammar (they stay within one article).
 */
export function findReferences(text: string): Reference[] {
  const found: Reference[] = [];
  let i = 0;
  while (i < text.length) {
    const next = nextCandidate(text, i);
    if (next < 0) break;
    const first = atomAt(text, next);
    if (!first) {
      i = next + 1;
      continue;
    }
    // Collect the run of atoms joined by 、和及至…: it shares one document.
    const run: { atom: Atom; join?: string }[] = [{ atom: first }];
    let end = first.end;
    for (;;) {
      JOINER.lastIndex = end;
      const j = JOINER.exec(text);
      if (!j) break;
      const atom = atomAt(text, end + j[0].length);
      if (!atom) break;
      run.push({ atom, join: j[0] });
      end = atom.end;
    }
    let foreign = !first.own && afterOtherDocument(text, first.start);
    run.forEach(({ atom, join }, k) => {
      if (atom.own) foreign = false; // 本规划 brings the run back to this plan
      if (foreign) return;
      const prev = run[k - 1]?.atom;
      if (join && RANGE_JOINS.has(join) && prev && prev.unit && prev.unit === atom.unit) {
        const from = prev.lastNumber!;
        const to = atom.firstNumber!;
        if (from < to) {
          prev.refs[prev.refs.length - 1]!.range = { from, to };
          atom.refs[0]!.range = { from, to };
        }
      }
      found.push(...atom.refs);
    });
    i = end;
  }
  return found;
}

/** Offset of the next 第 or 本 at or after i, or -1. */
function nextCandidate(text: string, i: number): number {
  for (let k = i; k < text.length; k++) {
    const ch = text[k];
    if (ch === '第' || ch === '本') return k;
  }
  return -1;
}

/** What a version looks like to the resolver: where each article, chapter and section is. */
export interface XrefPlan {
  /** The version id, for URLs. */
  version: string;
  /** Every article by number: where it sits, and the opening of its text for previews. */
  articles: ReadonlyMap<number, { chapter: number; section?: number | undefined; preview?: string | undefined; printed?: string | undefined }>;
  /** Every chapter by number, with its title and its sections' titles by number (and the labels the version shows: 1, 1.2, 一、). */
  chapters: ReadonlyMap<number, { title: string; label?: string | undefined; sections: ReadonlyMap<number, { title: string; label?: string | undefined }> }>;
  /** Article number → the other articles that cite it, ascending (see `xref-index.ts`). */
  citedBy?: ReadonlyMap<number, readonly number[]> | undefined;
  /** Figure number → its title and home section (the first section that shows it); none known when absent. */
  figures?: ReadonlyMap<number, XrefFigure> | undefined;
}

/** A figure as the resolver needs it: its title and the section page that is its home. */
export interface XrefFigure {
  title: string;
  chapter: number;
  /** Undefined for a chapter without sections. */
  section?: number | undefined;
}

/**
 * The resolver's view of a figure list: each figure at its home in a version
 * (`homes`, see `figureHomes`), or else at its first section.
 */
export function xrefFigures(
  figures: readonly { number: number; title: string; sections: readonly { chapter: number; section: number }[] }[],
  homes?: ReadonlyMap<number, { chapter: number; section?: number | undefined }>,
): ReadonlyMap<number, XrefFigure> {
  return new Map(
    figures.flatMap((f) => {
      const home = homes ? homes.get(f.number) : f.sections[0];
      return home ? [[f.number, { title: f.title, chapter: home.chapter, section: home.section }] as const] : [];
    }),
  );
}

/** Where the text holding a reference sits: needed for 本章, 本节 and a bare 第二节. */
export interface XrefHere {
  chapter?: number | undefined;
  section?: number | undefined;
}

/** A resolved reference: the link to make. */
export interface ResolvedReference {
  ok: true;
  /** The URL of the page (and anchor) that holds the target. */
  url: string;
  /** A short machine id for the target: `a18`, `c4`, `c4s2` (the `data-xref` attribute). */
  id: string;
  /** What a reader sees on hover or focus: the opening of the article, or the heading. */
  preview: string;
  /** The chapter (and section) the target is in, for the index. */
  chapter: number;
  section?: number | undefined;
  /** The article number, for an article target. */
  article?: number | undefined;
  /** The figure number, for a figure target. */
  figure?: number | undefined;
}

/** A reference that leads nowhere in this version, with a message that says why. */
export interface UnresolvedReference {
  ok: false;
  error: string;
}

/**
 * Resolve a reference against a version: the URL (from `ids.ts`), a short
 * id and a preview, or an error saying what is missing. References resolve
 * within the same version, so a link never jumps between editions.
 */
export function resolveReference(
  reference: Pick<Reference, 'target' | 'text'>,
  plan: XrefPlan,
  here: XrefHere = {},
): ResolvedReference | UnresolvedReference {
  const t = reference.target;
  const { version } = plan;
  const fail = (why: string): UnresolvedReference => ({
    ok: false,
    error: `“${reference.text}”: ${why} in version ${version}`,
  });
  switch (t.kind) {
    case 'article': {
      const a = plan.articles.get(t.article);
      if (!a) return fail(`there is no article ${t.article} (the version has ${plan.articles.size})`);
      const within = t.withinHere
        ? { chapter: here.chapter, section: t.withinHere === 'section' ? here.section : undefined }
        : t.within;
      if (within && (within.chapter !== a.chapter || (within.section !== undefined && within.section !== a.section))) {
        const place = a.section ? `chapter ${a.chapter} section ${a.section}` : `chapter ${a.chapter}`;
        return fail(`article ${t.article} is in ${place}, not where the text places it`);
      }
      if (t.withinHere === 'section' && here.section === undefined) return fail('本节 is used outside a section');
      return {
        ok: true,
        url: provisionUrl({ version, chapter: a.chapter, section: a.section, article: t.article }),
        id: provisionId({ chapter: a.chapter, article: t.article }),
        preview: a.preview ?? '',
        chapter: a.chapter,
        section: a.section,
        article: t.article,
      };
    }
    case 'chapter':
    case 'current-chapter': {
      const chapter = t.kind === 'chapter' ? t.chapter : here.chapter;
      if (chapter === undefined) return fail('本章 is used outside a chapter');
      const preview = chapterPreview(plan, chapter);
      if (preview === undefined) return fail(`there is no chapter ${chapter}`);
      return { ok: true, url: provisionUrl({ version, chapter }), id: provisionId({ chapter }), preview, chapter };
    }
    case 'section':
    case 'current-section': {
      // Stryker disable next-line ConditionalExpression: only a section target has a chapter to read; for 本节 it is undefined either way
      const chapter = t.kind === 'section' && t.chapter !== undefined ? t.chapter : here.chapter;
      const section = t.kind === 'section' ? t.section : here.section;
      if (chapter === undefined) return fail('a section is named outside a chapter');
      if (section === undefined) return fail('本节 is used outside a section');
      const preview = sectionPreview(plan, chapter, section);
      if (preview === undefined) return fail(`there is no section ${section} in chapter ${chapter}`);
      return { ok: true, url: provisionUrl({ version, chapter, section }), id: provisionId({ chapter, section }), preview, chapter, section };
    }
    case 'figure': {
      const f = plan.figures?.get(t.figure);
      if (!f) return fail(`there is no figure ${t.figure} (the plan defines ${plan.figures?.size ?? 0})`);
      return {
        ok: true,
        url: figureUrl(version, f.chapter, f.section, t.figure),
        id: figureAnchor(t.figure),
        preview: `附图${t.figure} ${f.title}`,
        chapter: f.chapter,
        section: f.section,
        figure: t.figure,
      };
    }
  }
}

/** A chapter's preview, its label and title (第四章 国土空间开发保护格局); undefined when the version has no such chapter. */
function chapterPreview(plan: XrefPlan, chapter: number): string | undefined {
  const c = plan.chapters.get(chapter);
  return c && labelledTitle(c.label ?? chapterLabel(chapter), c.title);
}

/** A section's preview (第四章第二节 统筹划定三条控制线); undefined when the version has no such section. */
function sectionPreview(plan: XrefPlan, chapter: number, section: number): string | undefined {
  const c = plan.chapters.get(chapter);
  const s = c?.sections.get(section);
  return s && labelledTitle(s.label !== undefined ? partPath(c!.label ?? chapterLabel(chapter), s.label) : provisionLabel({ chapter, section }), s.title);
}

/**
 * The previews a reference link of a version can show, by the link's
 * `data-xref` id (a18, c4, c4s2): what `/<v>/previews.json` serves, so that
 * pages carry the id and not the text (issue #17), and the tooltip fetches
 * the version's previews once, on the first hover or focus. Every chapter,
 * section and article: links come from the articles, their leads and the
 * editor's notes alike, so no smaller set is known to be enough.
 */
export function xrefPreviews(plan: XrefPlan): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [chapter, c] of plan.chapters) {
    out[provisionId({ chapter })] = chapterPreview(plan, chapter)!;
    for (const section of c.sections.keys()) out[provisionId({ chapter, section })] = sectionPreview(plan, chapter, section)!;
  }
  for (const [article, a] of plan.articles) if (a.preview) out[provisionId({ chapter: a.chapter, article })] = a.preview;
  return out;
}

/** How many characters of an article a preview shows. */
export const PREVIEW_LENGTH = 80;

/**
 * The opening of an article as a reference preview shows it: its label and title, then
 * its text as plain text on one line, cut at PREVIEW_LENGTH characters with ….
 */
export function articlePreview(article: Pick<Article, 'number' | 'title' | 'body' | 'printed'>): string {
  const plain = toPlainText(article.body).replace(/\s+/g, ' ').trim();
  const label = articleLabel(article.number, article.printed);
  const full = article.title ? `${label} ${article.title}：${plain}` : `${label}：${plain}`;
  const chars = [...full];
  return chars.length > PREVIEW_LENGTH ? `${chars.slice(0, PREVIEW_LENGTH).join('')}…` : full;
}

/** The resolver's view of a version, from the plan model the site is built from, and the plan's figures. */
export function xrefPlanFromModel(model: PlanModel, figures?: ReadonlyMap<number, XrefFigure>): XrefPlan {
  return {
    version: model.version.id,
    figures,
    articles: new Map(
      model.articles.map((a) => [a.number, { chapter: a.chapter, section: a.section, preview: articlePreview(a), printed: a.printed }]),
    ),
    chapters: new Map(
      model.chapters.map((c) => [
        c.chapter,
        { title: c.title, label: c.label, sections: new Map(c.sections.map((s) => [s.section, { title: s.title, label: s.label }])) },
      ]),
    ),
  };
}

/** A link to an article that cites another, as the "cited by" lists show it. */
export interface CitingLink {
  article: number;
  /** 第二十条. */
  label: string;
  url: string;
  /** `a20`, for `data-xref` (its preview is looked up by it). */
  id: string;
}

/** The articles that cite article n, as links within the same version (empty when none or unknown). */
export function citedByLinks(plan: XrefPlan, n: number): CitingLink[] {
  return (plan.citedBy?.get(n) ?? []).flatMap((m) => {
    const a = plan.articles.get(m);
    if (!a) return [];
    const loc = { chapter: a.chapter, section: a.section, article: m };
    return [{ article: m, label: articleLabel(m, a.printed), url: provisionUrl({ version: plan.version, ...loc }), id: provisionId(loc) }];
  });
}
