/**
 * 强制性内容 (mandatory content): plan texts mark it in bold or underline
 * (Word), `**…**` or `<u>…</u>` (Markdown), usually with a sentence such as
 * "本规划文本中加粗（下划线）部分为强制性内容". The importer keeps the mark as
 * `<strong className="mandatory">…</strong>` in the plan files; the page shows
 * it bold and underlined (never by colour alone, and so in print), and each
 * version lists its 强制性内容 on one page.
 */

/** Where a mark opens and closes while the importer joins lines (private-use characters, never in plan text). */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

const OPEN_TAG = '<strong className="mandatory">';
const CLOSE_TAG = '</strong>';

/** `**…**`, `__…__` and `<u>…</u>` in a Markdown line → the importer's marks. */
export function markMandatory(line: string): string {
  const marked = line
    .replace(/\*\*([^*]+?)\*\*/g, `${MARK_OPEN}$1${MARK_CLOSE}`)
    .replace(/__([^_]+?)__/g, `${MARK_OPEN}$1${MARK_CLOSE}`)
    .replace(/<u>([\s\S]*?)<\/u>/gi, `${MARK_OPEN}$1${MARK_CLOSE}`);
  // **<u>…</u>** is one mark.
  return balanceMarks([marked])[0]!;
}

/**
 * The marks of consecutive lines made whole: a mark never nests (bold and
 * underlined is one mark) and never spans a line (a mark open at a line's end
 * is closed there and opened again on the next, as a Word run in bold over a
 * soft line break gives), so every line's tags pair up.
 */
export function balanceMarks(lines: readonly string[]): string[] {
  let depth = 0;
  return lines.map((line) => {
    let out = depth > 0 ? MARK_OPEN : '';
    for (const ch of line) {
      if (ch === MARK_OPEN) {
        if (depth++ === 0) out += ch;
      } else if (ch === MARK_CLOSE) {
        if (depth > 0 && --depth === 0) out += ch;
      } else out += ch;
    }
    // A mark left empty by the cut (a line ending right after bold begins) is no mark.
    return (depth > 0 ? out + MARK_CLOSE : out).replaceAll(MARK_OPEN + MARK_CLOSE, '');
  });
}

/** The marks of already escaped MDX text → the JSX the plan files hold. */
export function renderMandatory(escaped: string): string {
  return escaped.replaceAll(MARK_OPEN, OPEN_TAG).replaceAll(MARK_CLOSE, CLOSE_TAG);
}

/** Text without marks (for titles, search and counts). */
export function stripMarks(text: string): string {
  return text.replaceAll(MARK_OPEN, '').replaceAll(MARK_CLOSE, '');
}

const PASSAGE = /<strong className="mandatory">([\s\S]*?)<\/strong>/g;

/** The marked passages of an article's Markdown, in order (escapes left as written). */
export function mandatoryPassages(markdown: string): string[] {
  return [...markdown.matchAll(PASSAGE)].map((m) => m[1]!);
}

/** An article's Markdown without the mandatory tags (for plain text). */
export function removeMandatoryTags(markdown: string): string {
  return markdown.replace(PASSAGE, '$1');
}
