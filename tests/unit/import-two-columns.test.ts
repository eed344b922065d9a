/** A page set in two columns (pdftotext -layout): the import stops and says how to convert it (review of 2026-12-03: the columns were mixed, silently). */
import { describe, expect, test } from 'vitest';
import { twoColumnRun } from '../../src/lib/import/two-columns.ts';
import { textToLines } from '../../src/lib/import/lines.ts';

const PAGE = [
  '某县国土空间总体规划（2021—2035年）',
  '',
  '第一章 总则                                  第三条 规划期限',
  '第一条 规划目的                              规划期限为2021年至2035年，近期至',
  '为落实国家战略，统筹全县国土空间开发保护      2025年，远期至2035年。',
  '格局，制定本规划。                           第四条 规划原则',
  '第二条 规划范围                              坚持生态优先、绿色发展，严格保护',
  '规划范围为某县行政辖区全域，国土总面积       耕地，不得突破生态保护红线。',
];

describe('two columns on a page', () => {
  test('are found where four lines or more have their second column at one place, and the import stops naming them', () => {
    expect(twoColumnRun(PAGE)).toEqual({ first: 3, last: 8, column: 45 });
    const { diagnostics } = textToLines(PAGE.join('\n'));
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.message])).toEqual([
      [3, "lines 3–8 are a page set in two columns (the second starts at column 45 on each): read line by line, the columns' sentences would be mixed. Convert the PDF without -layout (pdftotext reads each column in turn then), or put the columns one after the other"],
    ]);
  });

  test('are not a table of short cells, a term and its definition, a 目录, or a running head', () => {
    const table = ['序号    指标名称              单位        目标', '1       耕地保有量            万亩        118', '2       森林覆盖率            %           30', '3       城乡建设用地规模      平方千米    45', '4       用水总量              亿立方米    3'];
    const terms = ['生态保护红线    指在生态空间范围内具有特殊重要生态功能、必须强制性严格保护的区域', '永久基本农田    指按照一定时期人口和经济社会发展对农产品的需求确定的耕地', '城镇开发边界    指在一定时期内因城镇发展需要可以集中进行城镇开发建设的区域', '三条控制线      指生态保护红线、永久基本农田和城镇开发边界'];
    const toc = ['第一章 总则                      1', '第二章 目标与战略                3', '第三章 国土空间格局              5', '第四章 实施保障                  9'];
    const heads = ['某县自然资源局编制                    第一章 总则', '规划范围为某县行政辖区全域。', '某县自然资源局编制                    第二章 目标', '到2035年，规划目标以批复文本为准。'];
    // A table of long cells whose names hold no clause (review of 2026-12-03: it stopped the import).
    const projects = ['某河谷生态修复工程               修复退化草地12万亩，治理水土流失', '某河防洪治理工程                 新建堤防20千米，加固险工险段', '城乡供水一体化工程               新建水厂两座，铺设管网50千米', '乡村道路提升改造工程             改造农村公路120千米，完善设施'];
    for (const lines of [table, terms, toc, heads, projects]) expect(twoColumnRun(lines), lines[0]).toBeNull();
  });
});
