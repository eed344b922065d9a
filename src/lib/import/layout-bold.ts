/**
 * Bold that is layout, not 强制性内容 (mandatory.ts): Word and Markdown
 * texts set headings, and the number and title that open a provision, in
 * bold. Left as marks, `**第一条 规划目的** 为落实……` (or a bold 第一条 run in
 * Word) was no heading at all: the plan read as one without articles, every
 * number marked mandatory.
 */
import { MARK_CLOSE, MARK_OPEN } from '../mandatory.ts';
import { SCHEMES } from './numbering-schemes.ts';
import { GROUP_HEADING, isTitleLike } from './text-shapes.ts';

const WS = '[\\s\\u3000]*';
/** A mark over a whole line (spaces around it aside). */
const WHOLE = new RegExp(`^(${WS})${MARK_OPEN}([^${MARK_OPEN}${MARK_CLOSE}]*)${MARK_CLOSE}${WS}$`);
/** A mark that opens the line: its text, and whether it closes there (text may follow). */
const LEADING = new RegExp(`^(${WS})${MARK_OPEN}([^${MARK_OPEN}${MARK_CLOSE}]*)(${MARK_CLOSE}?)`);

/**
 * How many characters of `text` its heading number takes, with the separator
 * after it (第一条　, （一）, 1.2.3 , 第一篇：); 0 when it opens with none. A
 * decimal or outline number counts only set apart from what follows (1.5万亩
 * and 1处 are figures, 一、 and （一） are set apart by their marks).
 */
export function headingNumberLength(text: string): number {
  const group = GROUP_HEADING.exec(text);
  if (group) return text.length - group[3]!.replace(/^[\s\u3000:：、]+/, '').length;
  for (const scheme of [SCHEMES.law, SCHEMES.decimal, SCHEMES.outline]) {
    const h = scheme.match(text);
    if (h && (scheme === SCHEMES.law || h.separated)) return text.length - h.rest.replace(/^[\s\u3000:：、.．]+/, '').length;
  }
  return 0;
}

/** A law-shaped number (第四条, 第二章): its run-in text ends in 。 only as a sentence, never as a title. */
const LAW_NUMBER = /^第/;

/**
 * `text` (with marks, paired) without the bold that is layout: over a whole
 * heading (`heading`: a Word or Markdown heading) or short title line; over a
 * heading number with its title that opens a line with more text after the
 * mark (`**第一条 规划目的** 为落实…`, `**（一）生态优先。**坚持…`). A mark that
 * opens with a number and runs on into a sentence keeps the sentence marked,
 * not the number (`**第十条 禁止……。**` → `第十条 **禁止……。**`). Marks that
 * touch are joined and blank ones go. A bold run-in title keeps its end as a
 * space before the text it runs into.
 */
export function withoutLayoutBold(text: string, heading: boolean): string {
  const t = text.replaceAll(`${MARK_CLOSE}${MARK_OPEN}`, '').replace(new RegExp(`${MARK_OPEN}${WS}${MARK_CLOSE}`, 'g'), '');
  const whole = WHOLE.exec(t);
  if (whole && (heading || isTitleLike(whole[2]!))) return whole[1]! + whole[2]!;
  const lead = LEADING.exec(t);
  const span = lead?.[2] ?? '';
  const number = headingNumberLength(span);
  if (!lead || number === 0) return t;
  const after = t.slice(lead[0].length);
  // A run-in title ends in 。 or ： after an outline number only (（一）生态优先。坚持…); 第四条 严禁…。 is a sentence.
  const title = LAW_NUMBER.test(span) ? span.slice(number) : span.slice(number).replace(/[。：:]$/, '');
  // Text going on after the bold with a comma or the like continues its sentence: the bold is part of it.
  const sentenceGoesOn = /^[\s\u3000]*[，,、；;：:）)]/.test(after);
  if (lead[3] && after.trim() && !sentenceGoesOn && (title === '' || isTitleLike(title, 30))) {
    // Word sets a run-in title in bold and the text right after it, which opens by naming it again
    // (**第二条　规划范围**规划范围为…): the bold's end is where the title ends, kept as a space the title is read
    // up to. Only then: **第二条 生态保护红线**内禁止… is a mandatory sentence, and （二）绿色发展 an item.
    const apart = LAW_NUMBER.test(span) && title.length >= 2 && after.trimStart().startsWith(title.slice(0, 2)) && !/^[\s\u3000]/.test(after) ? '\u3000' : '';
    // …and a number run into its title (**第一条****规划目的**, two bold runs) is set apart from it the same way.
    const head = apart && !/[\s\u3000]$/.test(span.slice(0, number)) ? `${span.slice(0, number)}\u3000${span.slice(number)}` : span;
    return lead[1]! + head + apart + after;
  }
  const rest = span.slice(number);
  return `${lead[1]!}${span.slice(0, number)}${rest ? `${MARK_OPEN}${rest}${lead[3]!}` : ''}${after}`;
}
