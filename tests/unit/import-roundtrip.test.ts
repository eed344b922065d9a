/**
 * Round trips over generated plans: random structures (chapters with and
 * without sections, titled and untitled articles, enumerations, tables,
 * cross-references) are written out in the shapes real texts come in — one
 * paragraph per line, body on the heading line, Arabic numerals, PDF exports
 * wrapped at a fixed width with and without indents — and the importer must
 * read back exactly the structure and the words.
 */
import { describe, expect, test } from 'vitest';
import { toChineseNumeral } from '../../src/lib/numerals.ts';
import { parsePlan } from '../../src/lib/import/parse.ts';
import { textToLines } from '../../src/lib/import/lines.ts';
import type { Block, ParsedPlan } from '../../src/lib/import/types.ts';

/** A small seeded PRNG (mulberry32), so every run generates the same plans. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}

const TITLES = ['规划目的', '规划依据', '规划范围', '规划期限', '生态保护红线', '永久基本农田', '城镇开发边界', '历史文化保护', '综合交通', '水资源', '实施保障', '监测评估', '乡村振兴', '产业布局', '公共服务'];
const PHRASES = ['统筹国土空间开发保护', '严格落实生态保护红线管控要求', '优化城镇空间布局', '加强耕地和永久基本农田保护', '推进自然资源节约集约利用', '传承特克斯历史文化', '完善综合交通网络', '提升公共服务水平', '强化规划实施监督', '建立国土空间监测预警机制'];

interface GArticle { title: string; paragraphs: string[]; table?: string[][] }
interface GSection { title: string; articles: GArticle[] }
interface GChapter { title: string; sections: GSection[]; articles: GArticle[] }

function generate(seed: number): GChapter[] {
  const r = rng(seed);
  let n = 0;
  const sentence = () => {
    const parts = Array.from({ length: r.int(1, 3) }, () => r.pick(PHRASES));
    if (n > 1 && r.chance(0.3)) parts.push(`按照第${toChineseNumeral(r.int(1, n))}条执行`);
    return parts.join('，') + r.pick(['。', '。', '；']);
  };
  const article = (): GArticle => {
    n++;
    const paragraphs = Array.from({ length: r.int(1, 3) }, () => Array.from({ length: r.int(1, 3) }, sentence).join('').replace(/；$/, '。'));
    if (r.chance(0.25)) {
      paragraphs[0] = paragraphs[0]!.replace(/。$/, '：');
      const items = r.int(2, 4);
      paragraphs.splice(1, 0, ...Array.from({ length: items }, (_, k) => `（${toChineseNumeral(k + 1)}）${r.pick(PHRASES)}${k === items - 1 ? '。' : '；'}`));
    }
    const a: GArticle = { title: r.chance(0.7) ? r.pick(TITLES) : '', paragraphs };
    if (r.chance(0.1)) a.table = [['指标', '单位', '目标'], ['耕地保有量', '万亩', '—'], ['生态保护红线面积', '平方千米', '—']];
    return a;
  };
  return Array.from({ length: r.int(2, 5) }, (): GChapter => {
    const withSections = r.chance(0.6);
    return {
      title: r.pick(TITLES) + '与' + r.pick(TITLES),
      sections: withSections ? Array.from({ length: r.int(1, 3) }, () => ({ title: r.pick(TITLES), articles: Array.from({ length: r.int(1, 3) }, article) })) : [],
      articles: withSections ? [] : Array.from({ length: r.int(1, 4) }, article),
    };
  });
}

type Style = { numerals: 'chinese' | 'arabic'; bodyOnHeading: boolean; indent: boolean; wrap: number; sep: string };

function write(plan: GChapter[], s: Style): string {
  const num = (k: number) => (s.numerals === 'chinese' ? toChineseNumeral(k) : String(k));
  const ind = s.indent ? '\u3000\u3000' : '';
  const out: string[] = ['某县国土空间总体规划（2021—2035年）', ''];
  let n = 0;
  const art = (a: GArticle) => {
    n++;
    const head = `第${num(n)}条`;
    const paras = [...a.paragraphs];
    if (s.bodyOnHeading && a.title) out.push(`${ind}${head}${s.sep}${a.title}${s.sep}${paras.shift()}`);
    else if (s.bodyOnHeading) out.push(`${ind}${head}${s.sep}${paras.shift()}`);
    else out.push(a.title ? `${head}${s.sep}${a.title}` : head);
    for (const p of paras) out.push(ind + p);
    if (a.table) for (const row of a.table) out.push(row.join('\t'));
  };
  plan.forEach((c, ci) => {
    out.push(`第${num(ci + 1)}章${s.sep}${c.title}`);
    c.sections.forEach((sec, si) => {
      out.push(`第${num(si + 1)}节${s.sep}${sec.title}`);
      sec.articles.forEach(art);
    });
    c.articles.forEach(art);
  });
  if (!s.wrap) return out.join('\n') + '\n';
  // A PDF export: long lines broken at a fixed width; tables are not wrapped.
  return out
    .flatMap((line) => {
      const chars = [...line];
      if (line.includes('\t') || chars.length <= s.wrap) return [line];
      const parts: string[] = [];
      for (let i = 0; i < chars.length; i += s.wrap) parts.push(chars.slice(i, i + s.wrap).join(''));
      return parts;
    })
    .join('\n') + '\n';
}

/** What the importer read, in the generator's terms. */
function readBack(p: ParsedPlan) {
  const art = (a: { title: string; blocks: Block[] }) => ({
    title: a.title,
    paragraphs: a.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text),
    ...(a.blocks.some((b) => b.kind === 'table') ? { table: (a.blocks.find((b) => b.kind === 'table') as { rows: string[][] }).rows } : {}),
  });
  return p.chapters.map((c) => ({ title: c.title, sections: c.sections.map((s) => ({ title: s.title, articles: s.articles.map(art) })), articles: c.articles.map(art) }));
}

/**
 * Without indents, a paragraph that ends with a full stop exactly at the end
 * of a full line cannot be told from a sentence that goes on: compare the
 * words of each article and its structure, not where its paragraphs break.
 */
function wordsOnly(plan: ReturnType<typeof readBack>) {
  const art = (a: { title: string; paragraphs: string[]; table?: string[][] }) => ({ ...a, paragraphs: [a.paragraphs.join('')] });
  return plan.map((c) => ({ ...c, sections: c.sections.map((s) => ({ ...s, articles: s.articles.map(art) })), articles: c.articles.map(art) }));
}

const STYLES: Record<string, Style> = {
  'one paragraph per line, title on the heading line': { numerals: 'chinese', bodyOnHeading: false, indent: false, wrap: 0, sep: '\u3000' },
  'body text on the heading line': { numerals: 'chinese', bodyOnHeading: true, indent: false, wrap: 0, sep: '\u3000' },
  'Arabic numerals and ASCII spaces': { numerals: 'arabic', bodyOnHeading: false, indent: false, wrap: 0, sep: ' ' },
  'a PDF export with indents wrapped at 26': { numerals: 'chinese', bodyOnHeading: true, indent: true, wrap: 26, sep: '\u3000' },
  'a PDF export without indents wrapped at 33': { numerals: 'chinese', bodyOnHeading: false, indent: false, wrap: 33, sep: '\u3000' },
  'a PDF export with indents, Arabic numerals, wrapped at 21': { numerals: 'arabic', bodyOnHeading: true, indent: true, wrap: 21, sep: ' ' },
  'headings glued to their titles (第一条规划目的)': { numerals: 'chinese', bodyOnHeading: false, indent: false, wrap: 0, sep: '' },
  'a PDF export with indents wrapped at 40': { numerals: 'chinese', bodyOnHeading: false, indent: true, wrap: 40, sep: '\u3000' },
};

describe('generated plans read back exactly', () => {
  for (const [name, style] of Object.entries(STYLES)) {
    test(`in ${name}`, () => {
      for (let seed = 1; seed <= 25; seed++) {
        const plan = generate(seed);
        const parsed = parsePlan(textToLines(write(plan, style)).lines);
        const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
        expect(errors, `seed ${seed}`).toEqual([]);
        if (style.wrap && !style.indent) expect(wordsOnly(readBack(parsed)), `seed ${seed}`).toEqual(wordsOnly(plan));
        else expect(readBack(parsed), `seed ${seed}`).toEqual(plan);
      }
    });
  }
});
