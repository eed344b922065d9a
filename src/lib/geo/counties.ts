/**
 * The committed county outlines (content/geo/ili-counties.geojson, written by
 * `npm run geo:update`), parsed and checked once at build time.
 */
import raw from '../../../content/geo/ili-counties.geojson?raw';
import type { CountyCollection, CountyFeature } from './extract';
import type { Position } from './geometry';
import { TEKES_BOUNDS, validatePolygon } from './geometry';

/** Administrative code of 特克斯县 (facts F1). */
export const TEKES_ADCODE = '654027';

/** County seat 特克斯镇, about 43.214° N, 81.836° E (facts F3) — the only point coordinate the maps use. */
export const COUNTY_SEAT: Position = [81.836, 43.214];

/** The county names bordering 特克斯县, by direction (facts F7). */
export const NEIGHBOURS: ReadonlyArray<{ name: string; direction: string; inData: boolean }> = [
  { name: '昭苏县', direction: '西', inData: true },
  { name: '巩留县', direction: '北、东', inData: true },
  { name: '察布查尔锡伯自治县', direction: '北', inData: true },
  { name: '和静县', direction: '东（巴音郭楞蒙古自治州）', inData: false },
  { name: '拜城县', direction: '南（阿克苏地区）', inData: false },
];

/**
 * Parse the committed extract and check that 特克斯县 is there and valid; the
 * error says to re-run `npm run geo:update` when it is not.
 */
export function parseCounties(text: string): CountyCollection {
  const fc = JSON.parse(text) as CountyCollection;
  const tekes = fc.features?.find((f) => f.properties.adcode === TEKES_ADCODE);
  if (!tekes) throw new Error(`content/geo/ili-counties.geojson has no 特克斯县 (${TEKES_ADCODE}); run npm run geo:update`);
  const problems = validatePolygon(tekes.geometry, TEKES_BOUNDS);
  if (problems.length > 0) throw new Error(`content/geo/ili-counties.geojson: 特克斯县 ${problems.join('; ')}; run npm run geo:update`);
  return fc;
}

let cached: CountyCollection | undefined;

/** The committed extract (parsed once). */
export function loadCounties(): CountyCollection {
  cached ??= parseCounties(raw);
  return cached;
}

/** The 特克斯县 feature of an extract. */
export function tekesCounty(fc: CountyCollection): CountyFeature {
  return fc.features.find((f) => f.properties.adcode === TEKES_ADCODE)!;
}
