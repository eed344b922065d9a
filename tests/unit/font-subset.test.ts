import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { subsetFontFile } from '../../src/lib/geo/font-subset.ts';
import { PDF_FONTS } from '../../src/lib/downloads/plan-pdf.ts';

describe('subsetFontFile', () => {
  it('cuts the font to the characters given, in a worker, as a font that has them', async () => {
    const few = await subsetFontFile(PDF_FONTS.regular, '特克斯');
    const more = await subsetFontFile(PDF_FONTS.regular, '特克斯县国土空间总体规划附图北↑');
    // An sfnt: OpenType with CFF outlines ('OTTO') or TrueType (0x00010000).
    expect(['OTTO', '\u0000\u0001\u0000\u0000']).toContain(Buffer.from(few.subarray(0, 4)).toString('latin1'));
    expect(more.length).toBeGreaterThan(few.length);
    expect(more.length).toBeLessThan(statSync(PDF_FONTS.regular).size / 50);
  });

  it('rejects, naming the cause, when the font cannot be read', async () => {
    await expect(subsetFontFile('/nonexistent/font.otf', '字')).rejects.toThrow(/ENOENT|nonexistent/);
  });
});
