/** The printed pages' QR code: an SVG of the URL, made once per URL. */
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrSegments, qrSvg } from '../../src/lib/qr-svg.ts';

describe('qrSvg', () => {
  it('is the qrcode package\'s SVG of the URL at level M without a quiet zone', async () => {
    const url = 'https://plan.example.org/ed3/3/1/';
    const svg = await qrSvg(url);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toBe(await QRCode.toString(qrSegments(url), { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }));
    expect(svg).not.toBe(await QRCode.toString(qrSegments(url), { type: 'svg', margin: 4, errorCorrectionLevel: 'M' }));
  });

  it('encodes the whole URL, as one byte segment, in a code no larger than the mixed-mode one', () => {
    for (const url of ['https://plan.example.org/ed3/3/1/', 'http://localhost:4321/ed3/a/118/', 'https://规划.example.cn/ed2/14/4/']) {
      const code = QRCode.create(qrSegments(url), { errorCorrectionLevel: 'M' });
      expect(code.segments).toHaveLength(1);
      expect(code.segments[0]!.mode.id).toBe('Byte');
      expect(Buffer.from(code.segments[0]!.data as unknown as Uint8Array).toString('utf8')).toBe(url);
      expect(code.version).toBeLessThanOrEqual(QRCode.create(url, { errorCorrectionLevel: 'M' }).version);
    }
  });

  it('makes the code of a URL once, and another URL its own', () => {
    const a = qrSvg('https://plan.example.org/ed3/a/18/');
    expect(qrSvg('https://plan.example.org/ed3/a/18/')).toBe(a);
    expect(qrSvg('https://plan.example.org/ed3/a/19/')).not.toBe(a);
  });
});
