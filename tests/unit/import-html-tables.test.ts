/** HTML tables in Markdown from PDF converters (MinerU, Marker): src/lib/import/debris.ts tableRows. */
import { describe, expect, test } from 'vitest';
import { tableRows } from '../../src/lib/import/debris.ts';

describe('tableRows', () => {
  test('keeps the columns under a rowspan: the rows below get an empty cell where it stands', () => {
    const html = '<table><tr><td>类别</td><td>指标</td><td>单位</td><td>目标</td></tr><tr><td rowspan="2">空间底线</td><td>耕地保有量</td><td>万亩</td><td>45.6</td></tr><tr><td>永久基本农田保护面积</td><td>万亩</td><td>38.2</td></tr><tr><td>生态</td><td>森林覆盖率</td><td>%</td><td>—</td></tr></table>';
    expect(tableRows(html)).toEqual([
      ['类别', '指标', '单位', '目标'],
      ['空间底线', '耕地保有量', '万亩', '45.6'],
      ['', '永久基本农田保护面积', '万亩', '38.2'],
      ['生态', '森林覆盖率', '%', '—'],
    ]);
  });

  test('a line break in a cell wraps between Chinese characters and is a space elsewhere (review of 2026-12-03: 耕地 保有量)', () => {
    expect(tableRows('<tr><td>耕地<br>保有量</td><td>PM2.5<br/>浓度</td><td>2025<br>年</td><td>A<br>B</td></tr>')).toEqual([['耕地保有量', 'PM2.5 浓度', '2025 年', 'A B']]);
  });

  test('a rowspan in a middle or last column, and a cell both wide and tall', () => {
    expect(tableRows('<tr><td>a</td><td rowspan="3">b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr><tr><td>f</td><td>g</td></tr>')).toEqual([['a', 'b', 'c'], ['d', '', 'e'], ['f', '', 'g']]);
    expect(tableRows('<tr><td>a</td><td rowspan="2">b</td></tr><tr><td>c</td></tr>')).toEqual([['a', 'b'], ['c', '']]);
    expect(tableRows('<tr><td colspan="2" rowspan="2">ab</td><td>c</td></tr><tr><td>d</td></tr><tr><td>e</td><td>f</td><td>g</td></tr>')).toEqual([['ab', '', 'c'], ['', '', 'd'], ['e', 'f', 'g']]);
  });

  test('a colspan pads to the right, as before', () => {
    expect(tableRows('<tr><th colspan="2">指标</th><th>目标</th></tr><tr><td>a</td><td>b</td><td>c</td></tr>')).toEqual([['指标', '', '目标'], ['a', 'b', 'c']]);
  });
});
