/**
 * The committed county outlines (named in content/geo/place.yaml, written by
 * `npm run geo:update`), parsed and checked once at build time. The plan's own
 * county is the feature whose `adcode` is site.yaml's `place.code`.
 */
import { readFileSync } from 'node:fs';
import { contentDir, siteSettings } from '../site-config.ts';
import type { CountyCollection, CountyFeature } from './extract';
import type { Bounds, Position } from './geometry';
import { validatePolygon } from './geometry';
import { loadPlaceGeo } from './place.ts';

const place = loadPlaceGeo(contentDir);

/** Administrative code of the plan's county (site.yaml `place.code`). */
export const PLACE_CODE: string = siteSettings().place.code;

/** The plan's county name (site.yaml `place.name`), used as the map label. */
export const PLACE_NAME: string = siteSettings().place.name;

/** The county seat [lon, lat] (place.yaml) — the only point coordinate the maps use. */
export const COUNTY_SEAT: Position = place.seat;

/** The county seat's name (place.yaml). */
export const SEAT_NAME: string = place.seatName;

/** Where the county outline must lie (place.yaml `bounds`). */
export const PLACE_BOUNDS: Bounds = place.bounds;

/** The bordering counties, by direction (place.yaml). */
export const NEIGHBOURS: PlaceNeighbours = place.neighbours;

type PlaceNeighbours = ReadonlyArray<{ name: string; direction: string; inData: boolean }>;

/**
 * Parse an outlines extract and check that the plan's county is there and
 * valid; the error says to re-run `npm run geo:update` when it is not.
 */
export function parseCounties(text: string, file = place.outlinesFile): CountyCollection {
  const fc = JSON.parse(text) as CountyCollection;
  const county = fc.features?.find((f) => f.properties.adcode === PLACE_CODE);
  if (!county) throw new Error(`${file} has no ${PLACE_NAME} (${PLACE_CODE}); run npm run geo:update, or correct place.code in site.yaml`);
  const problems = validatePolygon(county.geometry, PLACE_BOUNDS);
  if (problems.length > 0) throw new Error(`${file}: ${PLACE_NAME} ${problems.join('; ')}; run npm run geo:update`);
  return fc;
}

let cached: CountyCollection | undefined;

/** The committed extract (parsed once). */
export function loadCounties(): CountyCollection {
  cached ??= parseCounties(readFileSync(place.outlinesFile, 'utf8'));
  return cached;
}

/** The plan's own county feature of an extract. */
export function planCounty(fc: CountyCollection): CountyFeature {
  return fc.features.find((f) => f.properties.adcode === PLACE_CODE)!;
}
