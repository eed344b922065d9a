/**
 * Small tests on one line of plan text that every phase of the parser uses:
 * does it end a sentence, read as a title, open an appendix part, a group of
 * chapters or a table of contents?
 */
import { collapseCjkSpaces } from './clean.ts';
import { NUMERAL_CLASS_CHARS } from '../numerals.ts';
import { BOX_TITLE } from '../box-title.ts';
import { COVER_STAGE_PATTERN } from './cover-stages.ts';

const NUM_CHARS = NUMERAL_CLASS_CHARS;
/** Punctuation that can end a sentence (a closing quote or bracket after it is allowed). */
const TERMINAL = /[。；;！!？?：:…]$/;
/** The appendix parts a plan text ends with. */
const APPENDIX = /^(附表|附[图圖]|附[录錄]|附件|名[词詞]解[释釋]|[术術][语語]解[释釋]|名[词詞][术術][语語]解[释釋]|[术術][语語]和定[义義]|[注註][释釋])(?:[\s\u3000]*([0-9０-９一二三四五六七八九十A-Za-z]+(?:[-－—.．][0-9０-９]+)*))?(?=$|[\s\u3000:：、.．（(])/;

/** Enumeration markers that start a paragraph: （一） (1) 一、 1. 1、 ① a) */
export const ENUMERATION = /^(?:[（(][一二三四五六七八九十百0-9０-９]+[）)]|[一二三四五六七八九十百]+[、.．]|[0-9０-９]{1,2}(?:[、．]|\.(?![0-9]))|[①-⑳㉑-㉟]|[（(]?[a-zA-Z][）)])/;
/** Text right after 第X条 (or （三）, 1.2) that makes it a reference inside a sentence, not a heading. */
export const REFERENCE_TAIL = /^(第|款|项|规定|的|所|中|之|和|及|与|或|至|到|以|等|、|，|,|。|；|）|\)|确定|要求|执行|明确)/;
/**
 * Whether what follows a number reads on as part of a sentence, so the
 * number is no heading or item there: a reference's tail (（三）的规定, 第二条第)
 * or the second numeral of a pair (一、二类工业用地, 二、三产业).
 */
export function continuesAsReference(rest: string): boolean {
  return REFERENCE_TAIL.test(rest) || /^[一二三四五六七八九十号]/.test(rest);
}
/** A unit a quantity is counted in. */
const UNIT = '(?:万|亿|平方|公顷|亩|%|％|‰|个|处|人|千米|公里|米|座|所|家|户|床|辆)';
const QUANTITY_START = new RegExp(`^[0-9０-９]+(?:[.．][0-9０-９]+)?${UNIT}`);
const UNIT_START = new RegExp(`^${UNIT}`);

/** A comparison or a 控制在 that a figure must follow (…扩展倍数控制在 / 1.3倍以内。, …不超过 / 2.5): never a title's end, never a sentence's. */
export const LEADS_TO_MEASURE = /(?:(?:控制|保持|稳定|限制|维持)在|超过|高于|低于|少于|多于|大于|小于)$/;

/**
 * Whether a line break cut a quantity, so `after` goes on with the sentence
 * `before` began: `after` opens with one (…规划人口 / 20万人，), `before`
 * ends in a number and `after` opens with its unit (…规模为二十万 / 人，), or
 * `before` ends in a comparison a figure must follow and `after` opens with
 * the figure (…控制在 / 1.3倍以内。). A text's first words never open so.
 */
export function cutsQuantity(before: string, after: string): boolean {
  return (
    QUANTITY_START.test(after) ||
    (/[〇零一二三四五六七八九十百千万亿0-9０-９]$/.test(before) && UNIT_START.test(after)) ||
    (LEADS_TO_MEASURE.test(before) && /^[0-9０-９]/.test(after))
  );
}
/**
 * A line that opens with a measure of something it does not name (面积为35平方千米,
 * 规模控制在…, 不低于90%): the subject may be the line before, a title or the
 * start of the sentence (第二条 城镇开发边界内集中建设区 / 面积为…).
 */
export function opensWithMeasure(text: string): boolean {
  return /^(?:(?:总)?面积|(?:用地)?规模|总量|人口|比例|比重|长度)?(?:约为|为|约|达到|控制在|保持在|不低于|不少于|不高于|不超过)[0-9０-９约〇一二三四五六七八九十]/.test(text.trim());
}
/** Whether text opens with a unit of measure (平方米, 万亩, %): the number before it was a figure. */
export function opensWithUnit(text: string): boolean {
  return UNIT_START.test(text.trim());
}
/** Punctuation that cannot start a sentence: the line continues the previous one. */
export const CONTINUATION_START = /^[，,、。；;：:）)」』”’》〉…]/;
/** Stages a cover names in brackets or after 文本 (cover-stages.ts). */
const COVER_STAGE = COVER_STAGE_PATTERN;
/**
 * A line of a plan's cover page: the document (文本, 规划文本（送审稿）), a stage
 * in brackets (（送审稿）), the body issuing or drafting it (某县人民政府,
 * 编制单位：某规划设计研究院), the month (二〇二三年八月, 2023年8月, 2023.08), or
 * a credit of the page behind it (资质等级：甲级, 项目负责人：王某).
 */
const COVER_LINE = new RegExp(
  [
    `^(?:规划)?(?:文本|图集)(?:[（(](?:${COVER_STAGE})[）)])?$`,
    `^[（(〔【](?:${COVER_STAGE})[）)〕】]$`,
    '^(?:(?:组织)?编制单位|编制机关|委托单位|编制)?[：:]?[\u4e00-\u9fff（）()]{2,40}(?:人民政府|自然资源局|自然资源和规划局|规划局|研究院|设计院|研究中心|有限公司|有限责任公司)$',
    '^[0-9０-９二〇○零一三四五六七八九]{4}[年.．/-][0-9０-９一二三四五六七八九十]{1,2}(?:月(?:[0-9０-９一二三四五六七八九十]{1,3}日)?)?$',
    // The credits a cover's back carries: 资质等级：甲级, 项目负责人：王某, 项目组成员：赵某 钱某….
    '^(?:项目名称|委托单位|编制单位|承担单位|组织编制单位|资质等级|(?:资质)?证书编号|院长|副院长|总工程师|总工|项目负责人|项目总负责人|项目主管|项目经理|技术负责人|项目组成员|参加人员|主要编制人员|编制人员|审定|审核|校对)[：:].{1,80}$',
  ].join('|'),
);

/** What a title line may end with that is the cover's, not the title's: 文本, 规划文本, （送审稿）. */
const TITLE_SUFFIX = new RegExp(`(?:(?:规划)?文本|[（(〔【](?:${COVER_STAGE})[）)〕】])$`);
/** The years a title gives in brackets at its end: （2021—2035年）. */
const TITLE_YEARS = /[（(][0-9０-９]{4}[\s\u3000]*[—–\-－~～至]{1,2}[\s\u3000]*[0-9０-９]{4}年?[）)]$/;

/**
 * A title line split into the title and what the cover adds at its end
 * (某县…规划（2021—2035年）（送审稿）文本 → the title, and （送审稿）文本): a
 * stage or the document's name is no part of the plan's title, and a running
 * header may carry them. `suffix` is '' when there is none; the title is
 * never left empty.
 */
export function splitTitleSuffix(text: string): { title: string; suffix: string } {
  let title = text;
  for (let m = TITLE_SUFFIX.exec(title); m && m.index > 0; m = TITLE_SUFFIX.exec(title)) title = title.slice(0, m.index);
  return { title, suffix: text.slice(title.length) };
}

/** A title without the years in brackets at its end (某县国土空间总体规划), as a running header may shorten it. */
export function withoutTitleYears(title: string): string {
  const m = TITLE_YEARS.exec(title);
  return m && m.index > 0 ? title.slice(0, m.index) : title;
}

/** Whether a line reads as a line of a cover page ({@link COVER_LINE}). */
export function isCoverLine(text: string): boolean {
  return COVER_LINE.test(collapseCjkSpaces(text.trim()));
}

/** The heading of the text before the first chapter (前言, 编制说明…), on a line of its own. */
export const PREAMBLE_HEADING = /^(前言|序言|引言|说明|编制说明)$/;

/** 目录 / 目次 on a line of its own. */
export const TOC_HEADER = /^(目录|目次|目\s*录)$/;
/** The head of a government document before a plan: its red header (某市人民政府文件), an approval (…的批复, 批复如下). */
export const NOTICE_LINE = /人民政府文件$|的批复$|批复如下/;
/** The last line of a government document: its date (2023年10月12日, 二〇二三年十月十二日) or （此件公开发布）. */
export const NOTICE_END = /^(?:[0-9０-９〇○零一二三四五六七八九]{4}年[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日|[（(]此件[^）)]*[）)])$/;
/** A government document's number on a line of its own (某政函〔2023〕45号): a line of the document's head, never part of a paragraph. */
export const DOCUMENT_NUMBER = /^[^\s，。；：]{1,12}〔[0-9０-９]{4}〕[0-9０-９]+号$/;
/** A government document's title (某市人民政府关于……的批复), a line of its own above the addressee (某县人民政府：); a document cited in book-title marks (《…关于…的意见》) is inside a sentence. */
export const DOCUMENT_TITLE = /^[^，。；：:《》]{0,20}关于[^，。；：:《》]+的(?:批复|通知|决定|意见|请示|报告|复函|函)$/;
/** 第一篇 / 第一部分 / 第一编, or 上篇 / 中篇 / 下篇: a level above chapters (groups: numeral, unit, rest). */
export const GROUP_HEADING = new RegExp(`^(?=第|[上中下][\\s\\u3000]*篇)(?:第[\\s\\u3000]*)?([${NUM_CHARS}]+|[上中下])[\\s\\u3000]*(篇|部分|分编|编)([\\s\\u3000:：、][\\s\\S]*|)$`);

/** 上篇 / 中篇 / 下篇: parts named by place, not by number (GROUP_HEADING's numeral is 上, 中 or 下). */
export function isPlacePart(group: RegExpExecArray): boolean {
  return /^[上中下]$/.test(group[1]!) && !group[0].startsWith('第');
}

/** 第一部分: a part heading's number as printed, without the spaces a converter put in (第 一 部分); 上篇 as written. */
export function groupLabel(group: RegExpExecArray): string {
  return isPlacePart(group) ? `${group[1]}${group[2]}` : `第${group[1]}${group[2]}`;
}

/** What follows a heading's number, without the separator written after it (第一条：, 第一篇、, 1.2.3 ．). */
export function afterSeparator(rest: string): string {
  return rest.replace(/^[\s\u3000:：、.．]+/, '').trim();
}

/** 第一篇：总体要求 → 第一篇 总体要求: a part heading with its separator dropped (the title may be empty). */
export function groupHeading(group: RegExpExecArray): { label: string; title: string } {
  return { label: groupLabel(group), title: afterSeparator(group[3]!) };
}
/** A heading with a page number after a tab, spaces or leaders: a TOC entry. */
export const TOC_PAGE = /(?:\t|[ \u3000]{2,}|[.…·．_\-－—]{2,})\s*[0-9０-９]{1,4}$/;
/** A TOC entry: ends with a page number after a leader, a tab or a space. */
export const TOC_ENTRY = /(?:[.…·．\-_－—\s\u3000]|[\u4e00-\u9fff）)])\s*[0-9０-９]{1,4}$/;
/** A TOC entry with dot leaders (a Word TOC field). */
export const TOC_LEADER = /(?:\.{3,}|…{2,}|·{3,}|．{3,}|_{4,}|-{4,})\s*[0-9０-９]{1,4}$/;

/** A remark in brackets that a plan sets after a sentence's end: 。（强制性内容）, 。【约束性】, 。（见附图3）. */
const SENTENCE_REMARK = /([。；;！!？?])[\s\u3000]*[（(【〔](?:强制性内容|强制性|约束性(?:指标)?|预期性(?:指标)?|(?:详)?见附[图表件录][^（）()【】〔〕]{0,20})[）)】〕][\s\u3000]*$/;

/** A table's or figure's caption, or a reference to one (表1 规划主要指标表, 详见附图3 …); 附表/附图 lines are matchAppendixHeading's. */
export const CAPTION = /^(?:[表图][\s\u3000]*[0-9０-９一二三四五六七八九十]|详见|见)/;

/** Whether a line ends a sentence (closing quotes and brackets after the punctuation, and a bracketed remark after it, are skipped). */
export function isTerminated(text: string): boolean {
  // A remark in brackets after the sentence's end (…万亩。（强制性内容）) does not reopen it.
  const withoutRemark = text.replace(SENTENCE_REMARK, '$1');
  return TERMINAL.test(withoutRemark.replace(/[”’」』）)】〕》\]"'\s]+$/, ''));
}

/** Short, unpunctuated text that reads as a heading or title rather than a sentence. */
export function isTitleLike(text: string, max = 30): boolean {
  const t = text.trim();
  return t.length > 0 && [...t].length <= max && !/[。；;！!？?，,：:]/.test(t);
}

/**
 * A line that could be a heading or a title standing alone (a lost heading,
 * a title set above its article): short (at most 20 characters, `max`),
 * unpunctuated, no finished sentence, enumeration (（一）, 1.), opening
 * bracket or quote, caption (表1 …) or appendix heading.
 */
export function isLoneTitle(text: string, max = 20): boolean {
  const t = text.trim();
  return isTitleLike(t, max) && !isTerminated(t) && !ENUMERATION.test(t) && !/^[（(【〔［《“]/.test(t) && !CAPTION.test(t) && !matchAppendixHeading(t);
}

/** A 专栏 heading in the body (专栏1 重点项目, 专栏 3-1 …): its title with spaces kept as one, or null. */
export function matchBoxHeading(text: string): string | null {
  const t = text.trim();
  if ([...t].length > 40 || /[。；;，,]/.test(t) || !BOX_TITLE.test(t)) return null;
  return t.replace(/[\s\u3000]+/g, ' ');
}

/** An appendix heading (附表1 规划指标表, 名词解释): its kind, or null. */
export function matchAppendixHeading(text: string): { kind: string; title: string } | null {
  const t = text.trim();
  if ([...t].length > 60 || /[。；]/.test(t)) return null;
  const m = APPENDIX.exec(t) ?? APPENDIX.exec(collapseCjkSpaces(t));
  return m ? { kind: simplifiedKind(m[1]!), title: appendixTitle(t) } : null;
}

/** Traditional characters of the appendix words, and their Simplified forms (附圖 is a 附图 part; its title stays as printed). */
const TRADITIONAL: Record<string, string> = { 圖: '图', 錄: '录', 詞: '词', 術: '术', 語: '语', 釋: '释', 義: '义', 註: '注' };

/** An appendix word in Simplified characters, as the site names kinds (附圖 → 附图). */
export function simplifiedKind(word: string): string {
  return [...word].map((c) => TRADITIONAL[c] ?? c).join('');
}

/** An appendix heading as a title: spaces kept as one (附表1 规划指标表), a spaced-out word closed up (名 词 解 释). */
function appendixTitle(text: string): string {
  const t = text.trim().replace(/[\s\u3000]+/g, ' ');
  return /^(\S ){2,}\S$/.test(t) ? t.replace(/ /g, '') : t;
}

/** Input line numbers for a message: the first ten, then how many more. */
export function lineList(lineNumbers: readonly number[]): string {
  const shown = lineNumbers.slice(0, 10).join(', ');
  return lineNumbers.length > 10 ? `${shown} and ${lineNumbers.length - 10} more` : shown;
}

/** Texts quoted for a report, the first `max` of them, each shortened: “甲”, “乙”, …. */
export function quoteList(texts: readonly string[], max = 3, chars = 30): string {
  return texts.slice(0, max).map((t) => `“${excerpt(t, chars)}”`).join(', ') + (texts.length > max ? ', …' : '');
}

/** The first `max` characters of a text, with … when cut. */
export function excerpt(text: string, max = 40): string {
  const chars = [...text];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : text;
}
