/** Hidden runs (w:vanish) taken out of a Word document before it is read (src/lib/import/docx-hidden.ts). */
import { describe, expect, test } from 'vitest';
import { removeHiddenRuns, unreadTextBoxes } from '../../src/lib/import/docx-hidden.ts';

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

describe('unreadTextBoxes', () => {
  const box = (text: string) => `<wps:txbx><w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent></wps:txbx>`;

  test('names the DrawingML text boxes that have no VML copy to be read through', () => {
    const alone = `<w:p><w:r><w:drawing>${box('专栏1 规划范围')}</w:drawing></w:r></w:p>`;
    const withFallback = `<mc:AlternateContent><mc:Choice Requires="wps">${box('专栏2')}</mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>专栏2</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent>`;
    expect(unreadTextBoxes(alone + withFallback)).toEqual(['专栏1 规划范围']);
    expect(unreadTextBoxes(withFallback)).toEqual([]);
  });
});
