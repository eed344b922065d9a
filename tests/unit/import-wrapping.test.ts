/**
 * PDF-style hard line breaks: the same text wrapped at many widths (as a PDF
 * export or a fixed-width text file would) imports to exactly the same MDX as
 * the unwrapped original, even where a wrapped line begins with 第四条.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../../src/lib/import/parse.ts';
import { textToLines } from '../../src/lib/import/lines.ts';
import { renderVersion } from '../../src/lib/import/render.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, '../fixtures/import/law-style.txt'), 'utf8');
const META = { id: 'w', title: 't', label: 'l', date: '2026-01-01', stage: '公示稿', status: 'current' as const, basis: 'b', expect: { chapters: 3, sections: 0 }, changes: [] };

function importText(text: string) {
  const plan = parsePlan(textToLines(text).lines);
  expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return Object.fromEntries(renderVersion(plan, META, new Map(), {}));
}

/** Wrap every long line at `width` characters; continuation lines lose the indent, as in a PDF. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const chars = [...line];
      if (chars.length <= width) return [line];
      const out: string[] = [];
      for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
      return out;
    })
    .join('\n');
}

describe('hard line breaks', () => {
  const original = importText(FIXTURE);

  test('the unwrapped law-style text has three chapters of untitled articles', () => {
    expect(Object.keys(original).sort()).toEqual(['01/index.mdx', '02/index.mdx', '03/index.mdx', '_version.yaml', 'appendix/00.mdx']);
    expect(original['02/index.mdx']).toContain('## 第四条\n\n县人民政府自然资源主管部门负责组织编制县级国土空间总体规划，报上一级人民政府审批。\n\n编制国土空间总体规划，应当依据上级国土空间规划，并与本办法第三条规定的原则相衔接。');
  });

  for (const width of [14, 17, 19, 22, 25, 28, 31, 36]) {
    test(`text wrapped at ${width} characters imports to the same MDX`, () => {
      expect(importText(wrap(FIXTURE, width))).toEqual(original);
    });
  }

  // Without indentation only the wrap width and the punctuation tell a
  // wrapped line from a new paragraph.
  const flat = FIXTURE.replace(/^\u3000+/gm, '');
  const flatOriginal = importText(flat);
  for (const width of [14, 19, 25, 31, 40]) {
    test(`unindented text wrapped at ${width} characters imports to the same MDX`, () => {
      expect(importText(wrap(flat, width))).toEqual(flatOriginal);
    });
  }

  test('a wrapped line that begins with 第三条 in mid-sentence stays in its sentence', () => {
    const text = FIXTURE.replace('并与本办法第三条规定的原则相衔接。', '并与本办法\n第三条规定的原则相衔接。');
    expect(importText(text)).toEqual(original);
  });

  test('CRLF line ends, a BOM and page-number lines change nothing', () => {
    const text = '\uFEFF' + wrap(FIXTURE, 25).replace('第二章　规划编制', '- 2 -\n\f第二章　规划编制').replace(/\n/g, '\r\n');
    expect(importText(text)).toEqual(original);
  });
});

describe('the real compiled plan texts, printed to PDF and extracted again', () => {
  for (const name of ['tekes-ed1.txt', 'tekes-ed2.txt']) {
    const path = join(import.meta.dirname, '../../content/sources', name);
    test(`${name} wrapped at 34 characters with indented paragraphs imports to the same MDX`, () => {
      const text = readFileSync(path, 'utf8');
      // Paragraphs indented by two full-width spaces, as printed; headings not.
      const printed = text
        .split('\n')
        .map((l) => (l && !/^第[一二三四五六七八九十百]+[章节]/.test(l) && !/^附图/.test(l) && l !== text.split('\n')[0] ? `\u3000\u3000${l}` : l))
        .join('\n');
      expect(importText(wrap(printed, 34))).toEqual(importText(text));
    });
  }
});
