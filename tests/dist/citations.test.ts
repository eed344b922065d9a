/**
 * Every citation in the build names the whole provision: 第X章第Y节第Z条 for
 * an article in a section, 第X章第Z条 for one directly in its chapter. The
 * expected label is worked out here from each version's plan.json and the
 * numerals, not from the site's citation code, so a citation that drops a
 * part fails wherever it is printed: the cite buttons on every page, and the
 * plain and GB/T 7714 forms on article pages (/<v>/a/<n>/).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { walkFiles } from '../../scripts/bench-util.ts';
import { toChineseNumeral } from '../../src/lib/numerals.ts';
import { requireBuiltSite } from './built-site.ts';

const dist = requireBuiltSite(process.env.CITATION_DIST ?? 'dist', 'CITATION_DIST');

interface PlanJson {
  chapters: { number: number; articles: { number: number }[]; sections: { number: number; articles: { number: number }[] }[] }[];
}

/** 第四章第二节第十八条 for every article of a plan.json, by article number. */
function provisionLabels(plan: PlanJson): Map<number, string> {
  const labels = new Map<number, string>();
  const n = toChineseNumeral;
  for (const c of plan.chapters) {
    for (const a of c.articles) labels.set(a.number, `第${n(c.number)}章第${n(a.number)}条`);
    for (const s of c.sections) for (const a of s.articles) labels.set(a.number, `第${n(c.number)}章第${n(s.number)}节第${n(a.number)}条`);
  }
  return labels;
}

/** Labels per top-level folder that holds a plan.json: ed1, ed2, latest. */
const labelsByFolder = new Map(
  readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(dist, d.name)).includes('plan.json'))
    .map((d) => [d.name, provisionLabels(JSON.parse(readFileSync(join(dist, d.name, 'plan.json'), 'utf8')) as PlanJson)] as const),
);
const pages = walkFiles(dist).filter((f) => f.endsWith('.html'));

describe(`citations in ${dist}/`, () => {
  it('read at least two versions and /latest/', () => {
    expect([...labelsByFolder.keys()]).toContain('latest');
    expect(labelsByFolder.size).toBeGreaterThanOrEqual(3);
  });

  it('give every cite button the full provision of the article it copies', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const file of pages) {
      const html = readFileSync(join(dist, file), 'utf8');
      if (!html.includes('<plan-cite')) continue;
      for (const cite of parse(html).querySelectorAll('plan-cite')) {
        // The GB/T 7714 copy button copies the printed form, checked by the next test.
        if (cite.getAttribute('data-text-from') === 'cite-gbt') continue;
        const path = cite.getAttribute('data-path') ?? '';
        // An indicator-table row (#a18-i2) cites its article and then the indicator.
        // An article's own page (/ed2/a/18/) cites itself, by its own address.
        const [, folder, article, row] = /^\/([^/]+)\/.*#a(\d+)(-i\d+)?$/.exec(path) ?? /^\/([^/]+)\/a\/(\d+)\/()$/.exec(path) ?? [];
        const label = labelsByFolder.get(folder ?? '')?.get(Number(article));
        const citation = cite.getAttribute('data-citation') ?? '';
        checked++;
        const cites = row ? citation.includes(`）${label}“`) && citation.endsWith('”指标') : citation.endsWith(`）${label}`);
        if (!label || !cites) wrong.push(`${file}: ${path} cites "${citation}", expected it to end in ${label ?? '(an article of a built version)'}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('print the full provision in the plain and GB/T 7714 citations of every article page, the GB/T form opening with its 主要责任者', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const file of pages) {
      const [, folder, article] = /^([^/]+)\/a\/(\d+)\/index\.html$/.exec(file.replace(/\\/g, '/')) ?? [];
      if (!folder) continue;
      const label = labelsByFolder.get(folder)?.get(Number(article));
      const root = parse(readFileSync(join(dist, file), 'utf8'));
      const plain = root.querySelector('.cite-plain')?.text ?? '';
      const gbt = root.querySelector('.cite-gbt')?.text ?? '';
      checked++;
      if (!label || !plain.includes(`）${label} `)) wrong.push(`${file}: plain citation "${plain}" lacks ${label}`);
      if (!label || !gbt.includes(`：${label}[EB/OL]`)) wrong.push(`${file}: GB/T 7714 citation "${gbt}" lacks ${label}`);
      // GB/T 7714-2015 §8.1.1: the form opens with its 主要责任者 (佚名 when no one is named).
      if (!/^[^\s.]+\. \S/.test(gbt.trim())) wrong.push(`${file}: GB/T 7714 citation "${gbt}" does not open with a 主要责任者`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
