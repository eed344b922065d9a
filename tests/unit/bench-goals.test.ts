/** Issue #17's goals judged on a run's figures (scripts/bench-goals.ts). */
import { describe, expect, it } from 'vitest';
import { goalsTable, judgeGoals, type BrowserFigure } from '../../scripts/bench-goals.ts';
import { inlineScripts } from '../../scripts/bench-browser.ts';

const K = 1024;
const page = (kind: string, device: string, first: number, second: number, inline = 1): BrowserFigure => ({ kind, device, first: first * K, second: second * K, inlineScripts: inline });

describe('judgeGoals', () => {
  it('judges each goal on its worst figure, at the limits inclusive', () => {
    const rows = judgeGoals({
      browser: [page('section', 'desktop', 7, 3.9), page('article', 'phone', 7.1, 4), page('chapter', 'desktop', 20, 9), page('home', 'desktop', 15, 5)],
      search: { coldMaxMs: 300, warmMaxAfterDebounceMs: 101, coldBytesMedian: 90 * K, coldBytesMax: 100 * K },
      peer: { oursPerSection: 66, peerPerSection: 34, oursPages: 770, peerPages: 182 },
      scaling: { oneMs: 5000, tenMs: 50_000, tenPeakKb: 1025 * 1024 },
    });
    expect(rows.map((r) => [r.goal, r.met])).toEqual([
      ['section and article pages ≤ 7 KB on a first visit', false],
      ['a second page of the same kind ≤ 4 KB', true],
      ['no inline script but the colour scheme’s', true],
      ['home ≤ 15 KB at load', true],
      ['search: first results ≤ 300 ms cold', true],
      ['search: ≤ 100 ms warm, after the debounce', false],
      ['search: ≤ 100 KB fetched before the first results', true],
      ['build: per section of plan text no slower than Starlight', false],
      ['build: 10× content ≤ 10× the time', true],
      ['build: 10× content ≤ 1 GB', false],
    ]);
    expect(rows[0]!.measured).toBe('7.1 KB (article, phone, the heaviest)');
    expect(rows[7]!.measured).toBe('66 ms against 34 ms (770 pages against 182)');
    expect(rows[9]!.measured).toBe('1025 MB peak');
  });

  it('counts inline scripts on every page kind, and says what was not measured', () => {
    const rows = judgeGoals({ browser: [page('section', 'desktop', 6, 3, 2)] });
    expect(rows.find((r) => r.goal.startsWith('no inline'))).toMatchObject({ measured: '2 on a section page', met: false });
    expect(rows.find((r) => r.goal.startsWith('home'))).toMatchObject({ measured: 'not measured', met: null });
    expect(rows.filter((r) => r.met === null)).toHaveLength(7);
    expect(judgeGoals({ browser: [page('section', 'desktop', 6, 3), page('chapter', 'phone', 6, 3, 3)] }).find((r) => r.goal.startsWith('no inline'))).toMatchObject({ measured: '3 on a chapter page', met: false });
    expect(judgeGoals({ scaling: { oneMs: 1, tenMs: 2, tenPeakKb: undefined } }).at(-1)).toMatchObject({ measured: 'peak not measured', met: null });
  });

  it('prints a Markdown table with a verdict per goal', () => {
    const table = goalsTable([
      { goal: 'a', measured: '1', met: true },
      { goal: 'b', measured: '2', met: false },
      { goal: 'c', measured: 'not measured', met: null },
    ]);
    expect(table).toBe('| goal | measured | verdict |\n| --- | --- | --- |\n| a | 1 | met |\n| b | 2 | **not met** |\n| c | not measured | – |');
  });
});

describe('inlineScripts', () => {
  it('counts script elements that run without a src, not data blocks', () => {
    expect(inlineScripts('<script>a()</script><script type="module" src="/x.js"></script><script type="application/json" class="d">{}</script>')).toBe(1);
    expect(inlineScripts('<script type="module">b()</script><script type=text/javascript>c()</script><script type="application/ld+json">{}</script>')).toBe(2);
    expect(inlineScripts('<p>no scripts</p>')).toBe(0);
  });
});
