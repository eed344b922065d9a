/**
 * Word's automatic numbers as Word shows them (src/lib/import/docx-numbering.ts),
 * from hand-written numbering XML: the counting rules a generated file would not exercise.
 */
import { describe, expect, test } from 'vitest';
import { paragraphLabels } from '../../src/lib/import/docx-numbering.ts';

const level = (ilvl: number, text: string, format: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:suff w:val="space"/>${extra}</w:lvl>`;
const abstract = (id: number, ...levels: string[]) => `<w:abstractNum w:abstractNumId="${id}">${levels.join('')}</w:abstractNum>`;
const num = (id: number, abstractId: number, override = '') => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${override}</w:num>`;
const numbering = (...parts: string[]) => `<w:numbering>${parts.join('')}</w:numbering>`;
const p = (text: string, numId?: number, ilvl = 0, extra = '') =>
  `<w:p><w:pPr>${numId !== undefined ? `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>` : ''}${extra}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const labelled = (doc: string, numberingXml: string) => paragraphLabels(`<w:body>${doc}</w:body>`, numberingXml, null).map((l) => l.label + l.text);

const CHAPTER_ARTICLE = (articleExtra = '') => abstract(1, level(0, '第%1章', 'chineseCounting'), level(1, '第%2条', 'chineseCounting', articleExtra));

describe('paragraphLabels', () => {
  test('restarts a level below a higher one by default, and never with w:lvlRestart 0', () => {
    const doc = [p('总则', 1), p('目的', 1, 1), p('依据', 1, 1), p('格局', 1), p('红线', 1, 1)].join('');
    expect(labelled(doc, numbering(CHAPTER_ARTICLE(), num(1, 1)))).toEqual(['第一章 总则', '第一条 目的', '第二条 依据', '第二章 格局', '第一条 红线']);
    expect(labelled(doc, numbering(CHAPTER_ARTICLE('<w:lvlRestart w:val="0"/>'), num(1, 1)))).toEqual(['第一章 总则', '第一条 目的', '第二条 依据', '第二章 格局', '第三条 红线']);
  });

  test('shows every number of a legal-numbering level in Arabic digits (w:isLgl)', () => {
    const legal = abstract(1, level(0, '第%1章', 'chineseCounting'), level(1, '%1.%2', 'decimal', '<w:isLgl/>'));
    expect(labelled([p('总则', 1), p('目的', 1, 1)].join(''), numbering(legal, num(1, 1)))).toEqual(['第一章 总则', '1.1 目的']);
  });

  test('counts on across lists of one abstract definition, and starts again where a list overrides the start', () => {
    const defs = (override: string) => numbering(CHAPTER_ARTICLE('<w:lvlRestart w:val="0"/>'), num(1, 1), num(2, 1, override));
    const doc = [p('总则', 1), p('目的', 1, 1), p('格局', 2), p('红线', 2, 1)].join('');
    expect(labelled(doc, defs(''))).toEqual(['第一章 总则', '第一条 目的', '第二章 格局', '第二条 红线']);
    expect(labelled(doc, defs('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>'))).toEqual(['第一章 总则', '第一条 目的', '第五章 格局', '第一条 红线']);
  });

  test('does not count a numbered paragraph deleted with track changes', () => {
    const deleted = `<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:del w:id="2" w:author="a"><w:r><w:delText>范围</w:delText></w:r></w:del></w:p>`;
    const doc = [p('总则', 1), p('目的', 1, 1), deleted, p('期限', 1, 1)].join('');
    expect(labelled(doc, numbering(CHAPTER_ARTICLE(), num(1, 1)))).toEqual(['第一章 总则', '第一条 目的', '', '第二条 期限']);
  });

  test('reads a numbered paragraph that anchors a text box whole', () => {
    const box = '<w:r><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>专栏1</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></w:r>';
    const anchor = `<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>目的</w:t></w:r>${box}</w:p>`;
    const doc = [p('总则', 1), anchor, p('期限', 1, 1)].join('');
    expect(labelled(doc, numbering(CHAPTER_ARTICLE(), num(1, 1)))).toEqual(['第一章 总则', '第一条 目的', '第二条 期限']);
  });
});
