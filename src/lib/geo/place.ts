/**
 * `content/geo/place.yaml`: what the maps need to know about the plan's place
 * (outline file, county seat, sanity window, neighbours). The place's name and
 * code come from site.yaml; nothing here is written in code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { PlanContentError, type ContentProblem } from '../plan-model.ts';
import { parseYamlWith } from '../schema-errors.ts';
import type { Bounds, Position } from './geometry';

const lon = z.number({ error: 'a longitude must be a number' }).min(-180).max(180);
const lat = z.number({ error: 'a latitude must be a number' }).min(-90).max(90);

/** `content/geo/place.yaml`. */
export const placeGeoSchema = z
  .object({
    /** The committed GeoJSON (in the same folder) holding the county and its neighbours. */
    outlines: z.string({ error: 'give `outlines`, the GeoJSON file name in content/geo/' }).regex(/^[\w.-]+\.geojson$/, '`outlines` must be a .geojson file name in content/geo/'),
    /** The county seat: its name and position, the only point the maps use. */
    seat: z.object({ name: z.string().min(1, 'give the seat `name`'), lon, lat }),
    /** A window the county outline must lie in; an extract outside it is refused. */
    bounds: z.object({ minLon: lon, maxLon: lon, minLat: lat, maxLat: lat }),
    /** The bordering counties by direction; `inData`: whether the outlines file has them. */
    neighbours: z.array(z.object({ name: z.string().min(1), direction: z.string().min(1), inData: z.boolean() })).default([]),
    /** Where `npm run geo:update` takes the outlines: the file in the outlines package, and the region it covers. */
    outlineSource: z
      .object({
        file: z.string().min(1, 'give `outlineSource.file`, the GeoJSON path inside the outlines package'),
        region: z.string().min(1, 'give `outlineSource.region`, the name of the area the file covers'),
      })
      .optional(),
  })
  .refine((p) => p.bounds.minLon < p.bounds.maxLon && p.bounds.minLat < p.bounds.maxLat, { message: '`bounds`: min must be below max', path: ['bounds'] });

/** The place as the maps use it. */
export interface PlaceGeo {
  /** Path of the outlines file. */
  outlinesFile: string;
  seatName: string;
  /** [lon, lat]. */
  seat: Position;
  bounds: Bounds;
  neighbours: ReadonlyArray<{ name: string; direction: string; inData: boolean }>;
  /** Where `npm run geo:update` takes the outlines from; absent when they are maintained by hand. */
  outlineSource?: { file: string; region: string } | undefined;
}

/** Read and check `<contentDir>/geo/place.yaml`; errors name the file, line and fix. */
export function loadPlaceGeo(contentDir: string): PlaceGeo {
  const file = join(contentDir, 'geo', 'place.yaml');
  const problems: ContentProblem[] = [];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new PlanContentError([{ file, message: 'the maps\' place file is missing', fix: 'create it with outlines, seat, bounds and neighbours (see src/lib/geo/place.ts)' }]);
  }
  const data = parseYamlWith(placeGeoSchema, text, { file, fix: `correct ${file} (fields are documented in src/lib/geo/place.ts)` }, problems);
  if (!data) throw new PlanContentError(problems);
  return {
    outlinesFile: join(contentDir, 'geo', data.outlines),
    seatName: data.seat.name,
    seat: [data.seat.lon, data.seat.lat],
    bounds: data.bounds,
    neighbours: data.neighbours,
    outlineSource: data.outlineSource,
  };
}
