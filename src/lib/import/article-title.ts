/**
 * What follows 第X条 on its line: an article title, the start of its text, or
 * both. Titles come in brackets (【生态保护红线】, （目的和依据）), before a colon,
 * or as a short phrase before a space; a sentence is never taken for a title.
 */
import { collapseCjkSpaces } from './clean.ts';
import { afterSeparator, isTitleLike, LEADS_TO_MEASURE } from './text-shapes.ts';

/** Sentence openers that mark the text after an article number as body, not a title. */
const BODY_OPENER = /^(本规划|本|为了|为|根据|依据|按照|在|对|凡|各级|各类)/;

/**
 * A word a title never ends with: a verb or particle that leads into what
 * follows (规划期限为, 规划范围见, 保护与), not one that ends a noun (禁止行为,
 * 实施意见, 规划目的, 发展方向, 风险应对, 公众参与, 知识普及).
 */
const LEADS_ON = /(?:[是到于将把被从以和了达按至]|(?<!参)与|(?<![普涉])及|(?<![行作])为|(?<!意)见)$/;
/** Latin letters or digits, around which a PDF export puts spaces (到 2035 年, 全县 GDP 年均增长). */
const ALNUM_START = /^[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/;
const ALNUM_END = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]$/;

/**
 * Whether words that stand alone after the number, their text on the next
 * lines, read as the start of a sentence the line break cut rather than a
 * title: they lead on (…集中建设区面积为, …应当落实, 违反本规划第二条第, …控制在, …不超过), hold
 * 应当 / 不得 / 必须, or end in a quantity (…规模为二十万 / 人，).
 */
function readsAsSentence(words: string): boolean {
  return LEADS_ON.test(words) || LEADS_TO_MEASURE.test(words) || /(?<!目)的$|第$|落实$|执行$|遵守$/.test(words) || /应当|不得|必须/.test(words) || /[〇零一二三四五六七八九十百千万亿]{2,}$|[万亿]$/.test(words);
}

/**
 * Whether `head`, the words before the first space after the number, can be
 * a title with `tail` its text. Not when it leads on into the tail (规划范围见
 * 附图1), nor where the space stands beside Latin letters or digits, as a PDF
 * export spaces them inside a sentence (到 2035 年，…, 全县 GDP 年均增长…,
 * 严格控制 PM2.5 浓度…): a title lost there stays in the text, a sentence cut
 * there would publish its first words as a title.
 */
function isHeadTitle(head: string, tail: string): boolean {
  return !LEADS_ON.test(head) && !ALNUM_START.test(tail) && !ALNUM_END.test(head);
}

/**
 * Split what follows 第X条 into a title and the start of the body.
 * 【生态保护红线】 or a short unpunctuated phrase before a space is a title; a
 * sentence (punctuated, long, or opening like 本规划/为了/根据) is body text;
 * a phrase with no body after it is the body, not a title. `runIn` (outline
 * texts, as official documents write them): a few words before a full stop
 * that the text follows on the same line are a title too (（一）指导思想。以…).
 */
export function splitArticleRest(rest: string, followedByBody: boolean, continues = false, runIn = false): { title: string; body: string } {
  // No `$` after a trailing [\s\S]* in these patterns: it runs to the end anyway.
  const bracket = /^[\s\u3000]*[【〔［\[]([^】〕］\]]{1,30})[】〕］\]][\s\u3000]*([\s\S]*)/.exec(rest);
  if (bracket) return { title: collapseCjkSpaces(bracket[1]!.trim()), body: bracket[2]!.trim() };
  // 第一条（立法目的）为了……: a short phrase in round brackets before the text,
  // unless it is an enumeration （一） or a note that is part of the sentence.
  // 第五条（目标定位） alone on its line, its text on the next, is titled the same way.
  const round = /^[\s\u3000]*[（(]([^（）()]{2,15})[）)][\s\u3000]*([\s\S]*)/.exec(rest);
  const roundBody = round?.[2]!.trim() ?? '';
  if (round && (roundBody || followedByBody) && isTitleLike(round[1]!, 15) && !/^[一二三四五六七八九十百0-9０-９]+$/.test(round[1]!) && !/^(以下|下称|简称|含|不含|试行|暂行)/.test(round[1]!)) {
    return { title: collapseCjkSpaces(round[1]!.trim()), body: roundBody };
  }
  // 规划范围：本次规划范围为……: a few words before a colon are the title.
  const colonTitle = /^[\s\u3000]*([^：:。；;，,、\s\u3000]{2,12})[：:][\s\u3000]*(\S[\s\S]*)/.exec(rest);
  if (colonTitle && !BODY_OPENER.test(colonTitle[1]!)) return { title: colonTitle[1]!, body: colonTitle[2]!.trim() };
  // （一）指导思想。以……: in outline texts a few words before a full stop are the provision's title, run into its text.
  const runInTitle = runIn ? /^[\s\u3000]*([^：:。；;，,、\s\u3000（）()]{2,12})。[\s\u3000]*(\S[\s\S]*)/.exec(rest) : null;
  // A figure (耕地不少于50万亩。) makes it a statement, not a title.
  if (runInTitle && !BODY_OPENER.test(runInTitle[1]!) && !/[0-9０-９]/.test(runInTitle[1]!)) return { title: runInTitle[1]!, body: runInTitle[2]!.trim() };
  const separated = /^[\s\u3000]/.test(rest);
  const colon = /^[\s\u3000]*[:：]/.test(rest);
  const trimmed = afterSeparator(rest);
  const split = /^(\S+?)[\s\u3000]+(\S[\s\S]*)/.exec(trimmed);
  // A title is a short phrase; 本规划 / 为了… open a sentence (a PDF may have put a space after them).
  const titleOk = (t: string, max: number) =>
    isTitleLike(t, max) && !(BODY_OPENER.test(t) && [...t].length > 8) && !/^(本(规划|办法|条例|细则|规定|方案|法|决定)|为了|根据|依据|按照)/.test(t);
  // 第六条：规划实施 with its text on the next lines: the words after the colon are the title.
  // A figure (耕地保有量不低于120万亩) makes it a statement, not a title.
  if (colon) return followedByBody && !continues && titleOk(trimmed, 15) && !/[0-9０-９]/.test(trimmed) ? { title: collapseCjkSpaces(trimmed), body: '' } : { title: '', body: trimmed };
  // 第四条 规划 范围 with the text on the next lines: a short phrase with a
  // space in it is one title, kept as written (issue 15).
  if (split && separated && followedByBody && !continues && isTitleLike(trimmed, 15) && titleOk(split[1]!, 30) && !/[\s\u3000]{2}/.test(trimmed) && !readsAsSentence(trimmed)) {
    return { title: collapseCjkSpaces(trimmed), body: '' };
  }
  // A letter-spaced line from a PDF (城 镇 开 发 边 界 管 控 要 求) is never cut after its
  // first character: a title (its text on the next lines, or a few words alone) is closed up, else it is all text.
  const letterSpaced = /^(\S[\s\u3000]+)+\S$/.test(trimmed) ? trimmed.replace(/[\s\u3000]/g, '') : null;
  if (letterSpaced && separated) {
    const title = !continues && titleOk(letterSpaced, 20) && (followedByBody || [...letterSpaced].length <= 10);
    return title ? { title: letterSpaced, body: '' } : { title: '', body: trimmed };
  }
  if (split && separated) {
    const head = split[1]!;
    const tail = split[2]!;
    if (titleOk(head, 30) && isHeadTitle(head, tail)) return { title: collapseCjkSpaces(head), body: tail };
    return { title: '', body: trimmed };
  }
  // The line goes on on the next line: a sentence, not a title.
  if (continues) return { title: '', body: trimmed };
  if (followedByBody && titleOk(trimmed, separated ? 30 : 15) && !readsAsSentence(trimmed)) return { title: collapseCjkSpaces(trimmed), body: '' };
  // Nothing follows: a sentence without its full stop is the text; a few
  // words (目的, 规划范围) are a title whose article lost its text.
  if (!followedByBody && separated && titleOk(trimmed, 10) && !BODY_OPENER.test(trimmed)) return { title: collapseCjkSpaces(trimmed), body: '' };
  return { title: '', body: trimmed };
}
