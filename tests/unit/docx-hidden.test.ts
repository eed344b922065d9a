/** Hidden runs (w:vanish) taken out of a Word document before it is read (src/lib/import/docx-hidden.ts). */
import { describe, expect, test } from 'vitest';
import { removeHiddenRuns } from '../../src/lib/import/docx-hidden.ts';

const run = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('removeHiddenRuns', () => {
  test('removes the runs that hide themselves, and keeps the paragraph around them', () => {
    const xml = `<w:p>${run('甲')}${run('乙', '<w:b/><w:vanish/>')}${run('丙', '<w:vanish w:val="true"/>')}${run('丁')}</w:p>`;
    expect(removeHiddenRuns(xml)).toEqual({ xml: `<w:p>${run('甲')}${run('丁')}</w:p>`, texts: ['乙', '丙'] });
  });

  test('keeps runs shown explicitly, runs without properties, and a run that holds other runs (a text box)', () => {
    const shown = `<w:p>${run('甲', '<w:vanish w:val="false"/>')}${run('乙', '<w:vanish w:val="0"/>')}${run('丙')}</w:p>`;
    expect(removeHiddenRuns(shown).xml).toBe(shown);
    const box = `<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:pict><w:txbxContent><w:p>${run('框')}</w:p></w:txbxContent></w:pict></w:r></w:p>`;
    expect(removeHiddenRuns(box)).toEqual({ xml: box, texts: [] });
  });

  test('does not take w:rPrChange or w:rFonts for a run', () => {
    const xml = `<w:p><w:rFonts/>${run('甲', '<w:vanish/>')}</w:p>`;
    expect(removeHiddenRuns(xml).xml).toBe('<w:p><w:rFonts/></w:p>');
  });
});
