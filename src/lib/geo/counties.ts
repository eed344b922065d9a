/**
 * The committed county outlines (named in content/geo/place.yaml, written by
 * `npm run geo:update`), parsed and checked once at build time. The plan's own
 * county is the feature whose `adcode` is site.yaml's `place.code`.
 */
import { readFileSync } from 'node:fs';
import { contentDir, siteSettings } from '../site-config.ts';
import type { CountyCollection, CountyFeature } from './extract';
import { validatePolygon } from './geometry';
import { loadPlaceGeo, type PlaceGeo } from './place.ts';

let placeCache: PlaceGeo | undefined;

/**
 * The place as the maps use it (content/geo/place.yaml, read once, when a map
 * is first drawn: a plan without figures needs no place file).
 */
export function place(): PlaceGeo {
  placeCache ??= loadPlaceGeo(contentDir);
  return placeCache;
}

/** Administrative code of the plan's county (site.yaml `place.code`). */
export function placeCode(): string {
  return siteSettings().place.code;
}

/** The plan's county name (site.yaml `place.name`), the map's county label. */
export function placeName(): string {
  return siteSettings().place.name;
}

/**
 * Parse an outlines extract and check that the plan's county is there and
 * valid; the error says to re-run `npm run geo:update` when it is not.
 */
export function parseCounties(text: string, file = place().outlinesFile): CountyCollection {
  const fc = JSON.parse(text) as CountyCollection;
  const county = fc.features?.find((f) => f.properties.adcode === placeCode());
  if (!county) throw new Error(`${file} has no ${placeName()} (${placeCode()}); run npm run geo:update, or correct place.code in site.yaml`);
  const problems = validatePolygon(county.geometry, place().bounds);
  if (problems.length > 0) throw new Error(`${file}: ${placeName()} ${problems.join('; ')}; run npm run geo:update`);
  return fc;
}

let cached: CountyCollection | undefined;

/** The committed extract (parsed once). */
export function loadCounties(): CountyCollection {
  cached ??= parseCounties(readFileSync(place().outlinesFile, 'utf8'));
  return cached;
}

/** The plan's own county feature of an extract. */
export function planCounty(fc: CountyCollection): CountyFeature {
  return fc.features.find((f) => f.properties.adcode === placeCode())!;
}
