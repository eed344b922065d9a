import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlinesReadme } from '../../src/lib/geo/outlines-readme.ts';
import type { CountyCollection } from '../../src/lib/geo/extract.ts';
import { loadPlaceGeo } from '../../src/lib/geo/place.ts';

const fixture = join(import.meta.dirname, '../fixtures/second-plan');

describe('the README written next to the county outlines', () => {
  const place = loadPlaceGeo(fixture);
  const fc = JSON.parse(readFileSync(place.outlinesFile, 'utf8')) as CountyCollection;
  const text = outlinesReadme(fc, { name: '示例县', outlines: 'sample-counties.geojson', region: '示例州', neighbours: place.neighbours });

  it('names the place, region and outlines file it is given, and no other county', () => {
    expect(text).toContain('`sample-counties.geojson`');
    expect(text).toContain('of 示例州:');
    expect(text).toContain('Also bordering 示例县');
    expect(text).not.toMatch(/特克斯|伊犁|ili-counties/);
  });

  it('lists the neighbours the file lacks, and only those', () => {
    expect(text).toContain('远县 (南)');
    expect(text).not.toContain('邻县 (东)');
  });

  it('leaves the missing-neighbours line out when the file has every neighbour', () => {
    const all = outlinesReadme(fc, { name: '示例县', outlines: 'x.geojson', region: '示例州', neighbours: [{ name: '邻县', direction: '东', inData: true }] });
    expect(all).not.toContain('Also bordering');
  });
});
