/**
 * Inline LaTeX that PDF-to-Markdown converters (MinerU) write for the plan's
 * symbols and figures: `不低于 $1 1 8 . 5 6$ 万亩`, `$\geq 30 \%$`,
 * `$\mathrm{k m}^{2}$`, `$\mathrm{PM}_{2.5}$`. The formula is read back into
 * the characters it stands for (≥30%, km², PM₂.₅): spaces inside a formula
 * are not the plan's (LaTeX ignores them), nor are the spaces the converter
 * set around it beside a Chinese character. A formula with anything else
 * (\frac of more than a figure, \sum, an unknown command) is left as it is,
 * for the caller to say.
 */
import { asSubscript, asSuperscript } from './script-chars.ts';
import { CJK_CHARACTER, HAN } from './clean.ts';

/** Commands that stand for one character. */
const SYMBOLS: Record<string, string> = {
  geq: '≥', ge: '≥', geqslant: '≥', leq: '≤', le: '≤', leqslant: '≤', neq: '≠', ne: '≠', approx: '≈',
  times: '×', div: '÷', pm: '±', cdot: '·', sim: '～', to: '→', rightarrow: '→', leftarrow: '←',
  '%': '%', '$': '$', '&': '&', '#': '#', '_': '_', '{': '{', '}': '}', circ: '°', prime: '′', infty: '∞',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', Delta: 'Δ', lambda: 'λ', mu: 'μ', pi: 'π', sigma: 'σ', Sigma: 'Σ', omega: 'ω',
  // Spacing commands: none in the plan's text.
  ',': '', ';': '', '!': '', ':': '', quad: '', qquad: '', ' ': '',
};
/** Commands whose argument is text set upright or bold: its characters, without spaces. */
const TEXT_COMMANDS = new Set(['mathrm', 'text', 'textrm', 'mathbf', 'boldsymbol', 'operatorname', 'mathit', 'textbf', 'mathsf']);
/** Commands that only size a bracket: \left( … \right). */
const SIZING = new Set(['left', 'right', 'big', 'Big', 'bigl', 'bigr', 'Bigl', 'Bigr']);
/** Characters that stand for themselves in a formula. */
const PLAIN = /[0-9A-Za-z.,:;!?()[\]+\-=<>/|'"*]/;

/** A reader over one formula's source. */
class Formula {
  private at = 0;
  constructor(private readonly src: string) {}

  /** The formula's characters from here to `end` (or the end), null if it holds anything unknown. */
  read(end?: string): string | null {
    let out = '';
    while (this.at < this.src.length) {
      const ch = this.src[this.at]!;
      if (ch === end) {
        this.at++;
        return out;
      }
      const piece = this.piece();
      if (piece === null) return null;
      out += piece;
    }
    return end ? null : out;
  }

  /** One piece: a character, a group, a command, or a super- or subscript. */
  private piece(): string | null {
    const ch = this.src[this.at++]!;
    if (/\s/.test(ch)) return '';
    if (ch === '{') return this.read('}');
    if (ch === '\\') return this.command();
    if (ch === '^' || ch === '_') return this.script(ch === '^' ? asSuperscript : asSubscript);
    if (ch === '~') return ' ';
    return PLAIN.test(ch) || /[^\x00-\x7f]/.test(ch) ? ch : null;
  }

  /** `\name` or `\%`, with its argument where it takes one. */
  private command(): string | null {
    const name = /^(?:[A-Za-z]+|.)/.exec(this.src.slice(this.at))?.[0];
    if (!name) return null;
    this.at += name.length;
    if (name in SYMBOLS) return SYMBOLS[name]!;
    if (SIZING.has(name)) return '';
    if (TEXT_COMMANDS.has(name)) return this.argument();
    if (name === 'frac') {
      const [top, bottom] = [this.argument(), this.argument()];
      return top !== null && bottom !== null && /^[\d.]+$/.test(top + bottom) ? `${top}/${bottom}` : null;
    }
    return null;
  }

  /** A command's argument: a group `{…}` or one character. */
  private argument(): string | null {
    while (/\s/.test(this.src[this.at] ?? '')) this.at++;
    if (this.src[this.at] !== '{') return this.at < this.src.length ? this.piece() : null;
    this.at++;
    return this.read('}');
  }

  /** `^{2}` or `_2`: each character as a super- or subscript; null if one has none. */
  private script(as: (text: string) => string | null): string | null {
    const text = this.argument();
    return text === null ? null : as(text);
  }
}

/** The text a formula stands for; null when it holds something this reader does not know. */
export function readFormula(source: string): string | null {
  const text = new Formula(source).read();
  return text === null || !text.trim() ? null : text;
}

/** `$…$` with no `$` inside, not `$$`. */
const INLINE = /(\s?)(?<!\$)\$([^$\n]+?)\$(?!\$)(\s?)/g;

/** A line with its inline formulas read back into text, and the formulas that could not be read. */
export function readInlineLatex(line: string): { text: string; converted: number; unread: string[] } {
  let converted = 0;
  const unread: string[] = [];
  const text = line.replace(INLINE, (whole: string, before: string, source: string, after: string, offset: number) => {
    // Two $ in running text (US$5 and $6) are no formula: only what has a command, a script or
    // digits, and no bare word
    // and no Han character outside \text{…} (约US$5亿元，和$6亿元: the dollars of two prices), is read.
    const bare = source.replace(/\\(?:text|mathrm)\s*\{[^{}]*\}/g, '');
    if (!/[\\^_]|\d/.test(source) || (!source.includes('\\') && /(?:^|\s)[A-Za-z]{2,}(?:\s|$)/.test(source)) || HAN.test(bare)) return whole;
    const read = readFormula(source);
    if (read === null) {
      unread.push(`$${source}$`);
      return whole;
    }
    converted++;
    const prev = line[offset - 1] ?? '';
    const next = line[offset + whole.length] ?? '';
    const keep = (space: string, neighbour: string) => (space && !CJK_CHARACTER.test(neighbour) && neighbour !== '' ? space : '');
    return `${keep(before, prev)}${read}${keep(after, next)}`;
  });
  return { text, converted, unread };
}
