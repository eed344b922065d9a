import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/lib/xml-escape';

describe('escapeXml', () => {
  it('escapes the characters that end element content or a double-quoted attribute, ampersands first', () => {
    expect(escapeXml('<a href="x">&amp;</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeXml(12.5)).toBe('12.5');
    expect(escapeXml('特克斯县')).toBe('特克斯县');
  });
});
