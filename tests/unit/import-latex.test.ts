/** MinerU's inline LaTeX read back into the plan's characters (src/lib/import/latex.ts). It was kept raw: `$\geq 1 1 8$`. */
import { describe, expect, test } from 'vitest';
import { readFormula, readInlineLatex } from '../../src/lib/import/latex.ts';
import { textToLines } from '../../src/lib/import/lines.ts';

describe('inline LaTeX', () => {
  test.each([
    ['1 1 8 . 5 6', '118.56'],
    ['\\geq 3 0 \\%', '≥30%'],
    ['\\leq 3 0 \\mathrm { k m } ^ { 2 }', '≤30km²'],
    ['\\mathrm{PM}_{2.5}', 'PM₂.₅'],
    ['2 5 ^ { \\circ }', '25°'],
    ['\\leq 2 5 \\mu \\mathrm { g } / \\mathrm { m } ^ { 3 }', '≤25μg/m³'],
    ['1 0 \\sim 2 0', '10～20'],
    ['\\left( 1 + 2 \\right)', '(1+2)'],
    ['\\frac { 1 } { 2 }', '1/2'],
    ['1 2 \\times 1 0 ^ { 4 }', '12×10⁴'],
  ])('reads $%s$ as %s', (source, text) => {
    expect(readFormula(source)).toBe(text);
  });

  test.each(['\\frac { a } { b }', '\\sum _ { i } x', '\\unknown 1', 'x ^ { n + y }', '{ 1'])('leaves $%s$ unread', (source) => {
    expect(readFormula(source)).toBeNull();
  });

  test('drops the spaces set around a formula beside Chinese, keeps them beside Latin text', () => {
    expect(readInlineLatex('不低于 $1 1 8$ 万亩，约 $3 0 \\%$ 。').text).toBe('不低于118万亩，约30%。');
    expect(readInlineLatex('GDP $1 0$ billion').text).toBe('GDP 10 billion');
    expect(readInlineLatex('$5$ 项').text).toBe('5项');
  });

  test('leaves dollars in running text and formulas it cannot read, and says which', () => {
    expect(readInlineLatex('费用约US$5 and $6。')).toEqual({ text: '费用约US$5 and $6。', converted: 0, unread: [] });
    expect(readInlineLatex('按 $\\frac{a}{b}$ 计算')).toEqual({ text: '按 $\\frac{a}{b}$ 计算', converted: 0, unread: ['$\\frac{a}{b}$'] });
  });

  test('leave two prices alone, and are read in Markdown only (MinerU\'s): a plain text keeps its dollars (review of 2026-12-03)', () => {
    expect(readInlineLatex('投资约US$5亿元，和$6亿元。').text).toBe('投资约US$5亿元，和$6亿元。');
    expect(textToLines(['某县规划', '第一章 总则', '第一条 目标', '耕地不低于 $1 1 8$ 万亩。'].join('\n')).lines.map((l) => l.text)).toContain('耕地不低于 $1 1 8$ 万亩。');
  });

  test('are reported, the unread ones by line', () => {
    const { lines, diagnostics } = textToLines(['某县规划', '第一章 总则', '第一条 目标', '耕地不低于 $1 1 8$ 万亩，按 $\\frac{a}{b}$ 计算。'].join('\n'), { markdown: true });
    const message = diagnostics.map((d) => d.message).join('\n');
    expect(message).toContain('1 LaTeX formula(s) read back as text');
    expect(message).toContain('a LaTeX formula at line(s) 4 could not be read as text ($\\frac{a}{b}$)');
    expect(lines.map((l) => l.text)).toContain('耕地不低于118万亩，按 $\\frac{a}{b}$ 计算。');
  });
});
