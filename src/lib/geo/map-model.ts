/**
 * One figure's map as data: GeoJSON features grouped in layers (what Leaflet
 * draws in the browser) and the same features projected to SVG (what every
 * reader gets without JavaScript and in print).
 */
import type { CountyCollection } from './extract';
import type { FigureDef, LayerKind } from './figures';
import type { BBox, Geometry, Position } from './geometry';
import { bboxOf, crossingsAtLatitude, padBBox, roundGeometry } from './geometry';
import type { Projection, ScaleBar } from './projection';
import { KM_PER_DEGREE, fitProjection, scaleBar, svgDisplayPath, svgPath } from './projection';
import { place, placeCode, placeName, planCounty } from './counties';
import { arrow, structureBands, transitionArrows, valleyAxis } from './schematic';
import { placeLabels } from './label-placement';
import { MAP_TEXT, overlayKeepOut, type MapTextSize } from './map-overlay';

/** How a feature is drawn. */
export type FeatureRole = 'area' | 'line' | 'head' | 'point' | 'label';

/** Properties every map feature carries (also read by the Leaflet client). */
export interface MapFeatureProperties {
  layer: LayerKind;
  role: FeatureRole;
  /** Text shown at `labelAt` (or at the point itself). */
  label?: string;
  labelAt?: Position;
  /** True for 示意 features (never boundaries). */
  schematic: boolean;
}

/** A GeoJSON feature of a figure. */
export interface MapFeature {
  type: 'Feature';
  geometry: Geometry;
  properties: MapFeatureProperties;
}

/** One layer with its legend line. */
export interface MapLayer {
  kind: LayerKind;
  legend: string;
  schematic: boolean;
  features: MapFeature[];
}

/** A figure's map: the extent shown and its layers, bottom first. */
export interface MapModel {
  figure: number;
  bbox: BBox;
  layers: MapLayer[];
}

/** Width of the static SVG in user units (it scales with the page). */
export const SVG_WIDTH = 640;
const SVG_PADDING = 12;
/** Half the height of the seat view in degrees of latitude (about 28 km): a drawing choice. */
const SEAT_VIEW_HALF_HEIGHT = 0.25;
/**
 * How far, in SVG units (about a CSS pixel at the drawn size), the static
 * outlines may stray from the data: the county and the schematic bands cut
 * from it are drawn finer than the neighbouring counties, which are context
 * only. Outlines are written on a whole-unit grid; the interactive map is
 * rebuilt from these same outlines.
 */
export const DISPLAY_TOLERANCE: Readonly<Record<'county' | 'context', number>> = { county: 0.75, context: 2 };
/** The display tolerance of a layer's areas. */
export const displayTolerance = (kind: LayerKind): number => (kind === 'neighbours' ? DISPLAY_TOLERANCE.context : DISPLAY_TOLERANCE.county);
/** Length of an arrowhead in SVG units. */
const ARROWHEAD_UNITS = 16;
/** Labels of lines sit this many SVG units above the line. */
const LINE_LABEL_OFFSET = 9;

const SCHEMATIC_LAYERS: ReadonlySet<LayerKind> = new Set(['axis', 'transition', 'wings', 'mountains']);

/** The extent of a view: the prefecture, the county, or a window round the seat. */
export function viewBBox(view: NonNullable<FigureDef['view']>, counties: CountyCollection): BBox {
  if (view === 'prefecture') return padBBox(bboxOf(...counties.features.map((f) => f.geometry)), 0.02);
  if (view === 'county') return padBBox(bboxOf(planCounty(counties).geometry), 0.06);
  const seat = place().seat;
  const dLon = SEAT_VIEW_HALF_HEIGHT / Math.cos((seat[1] * Math.PI) / 180);
  return [seat[0] - dLon, seat[1] - SEAT_VIEW_HALF_HEIGHT, seat[0] + dLon, seat[1] + SEAT_VIEW_HALF_HEIGHT];
}

/**
 * Where a band's name goes: on its middle parallel, a fifth of the way into
 * the widest stretch of that parallel inside the band (so it stays off the
 * county name in the middle, and inside a band whose west end is cut away).
 */
export function bandLabelAt(g: Geometry): Position {
  const [bw, bs, be, bn] = bboxOf(g);
  const lat = (bs + bn) / 2;
  const xs = crossingsAtLatitude(g, lat);
  let best: [number, number] | undefined;
  for (let i = 0; i + 1 < xs.length; i += 2) if (!best || xs[i + 1]! - xs[i]! > best[1] - best[0]) best = [xs[i]!, xs[i + 1]!];
  const [from, to] = best ?? [bw, be];
  return [from + (to - from) * 0.22, lat];
}

const f = (geometry: Geometry, properties: Omit<MapFeatureProperties, 'schematic'>): MapFeature => ({
  type: 'Feature',
  geometry: roundGeometry(geometry, 4),
  properties: { ...properties, schematic: SCHEMATIC_LAYERS.has(properties.layer) },
});

/**
 * Build a figure's map model. Outlines are kept as the data has them (they
 * are simplified for display only, by `renderSvgMap`, so the caption's bound
 * is measured from the data); schematic layers are computed from the county
 * outline and the seat (see `schematic.ts`).
 */
export function buildMapModel(figure: FigureDef, counties: CountyCollection): MapModel {
  if (!figure.view) throw new Error(`附图${figure.number} has no map view`);
  const bbox = viewBBox(figure.view, counties);
  const unitsPerDegree = fitProjection(bbox, SVG_WIDTH, SVG_PADDING).unitsPerDegree;
  const home = planCounty(counties);
  const seat = place().seat;
  const county = home.geometry;
  const [cw, cs, ce, cn] = bboxOf(county);
  // Arrowheads keep one size on screen whatever the view's scale.
  const headSize = ARROWHEAD_UNITS / unitsPerDegree;
  const axis = valleyAxis(county, seat);
  // The axis label sits over the middle of the axis east of the seat, within the view.
  const axisLabelLon = seat[0] + (Math.min(axis.east[0], bbox[2]) - seat[0]) * 0.55;
  // The county's name goes at the middle of its bounding box: its source label point `cp` is on the seat.
  const countyLabel: Position = [(cw + ce) / 2, (cs + cn) / 2];
  const layers = figure.layers.map(({ kind, legend }): MapLayer => {
    const features: MapFeature[] = [];
    switch (kind) {
      case 'neighbours':
        for (const c of counties.features) {
          if (c.properties.adcode === placeCode()) continue;
          features.push(f(c.geometry, { layer: kind, role: 'area', label: c.properties.name, ...(c.properties.cp ? { labelAt: c.properties.cp } : {}) }));
        }
        break;
      case 'county':
        features.push(f(county, { layer: kind, role: 'area', label: placeName(), ...(figure.view !== 'seat' ? { labelAt: countyLabel } : {}) }));
        break;
      case 'seat':
        features.push(f({ type: 'Point', coordinates: seat }, { layer: kind, role: 'point', label: place().seatName }));
        break;
      case 'axis': {
        const a = arrow(axis.west, axis.east, headSize, true);
        features.push(f(a.shaft, { layer: kind, role: 'line', label: legend, labelAt: [axisLabelLon, axis.west[1]] }));
        for (const h of a.heads) features.push(f(h, { layer: kind, role: 'head' }));
        break;
      }
      case 'transition':
        for (const a of transitionArrows(county, axis, headSize)) {
          features.push(f(a.shaft, { layer: kind, role: 'line' }));
          for (const h of a.heads) features.push(f(h, { layer: kind, role: 'head' }));
        }
        break;
      case 'wings':
      case 'mountains': {
        const bands = structureBands(county, axis.west[1]);
        const [north, south] = kind === 'wings' ? [bands.northWing, bands.southWing] : [bands.northMountains, bands.southMountains];
        const [nl, sl] = kind === 'wings' ? ['北翼（示意）', '南翼（示意）'] : ['北部山地（示意）', '南部山地（示意）'];
        for (const [g, label] of [[north, nl], [south, sl]] as const) {
          features.push(f(g, { layer: kind, role: 'area', label, labelAt: bandLabelAt(g) }));
        }
        break;
      }
    }
    return { kind, legend, schematic: SCHEMATIC_LAYERS.has(kind), features };
  });
  return { figure: figure.number, bbox, layers };
}

/** One drawable SVG item. */
export interface SvgItem {
  layer: LayerKind;
  role: FeatureRole;
  d: string;
  /** For points: the projected position. */
  x?: number;
  y?: number;
  /** The feature's name (popup title in the interactive map). */
  label?: string;
}

/** A projected label. */
export interface SvgLabel {
  layer: LayerKind;
  text: string;
  x: number;
  y: number;
}

/** The static map, ready for a template. */
export interface SvgMap {
  width: number;
  height: number;
  items: SvgItem[];
  /** The labels placed for the map drawn wide (map-overlay.ts: MAP_TEXT.wide). */
  labels: SvgLabel[];
  /** The same labels placed for the larger text of the narrow drawing (a phone, print). */
  narrowLabels: SvgLabel[];
  scale: ScaleBar;
  projection: Projection;
  /** How far the drawn county outline may be from the data on the ground, in km (for the caption). */
  toleranceKm: number;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Project a map model to SVG items, labels and a scale bar (at most a quarter of the width). */
export function renderSvgMap(model: MapModel, width = SVG_WIDTH): SvgMap {
  const projection = fitProjection(model.bbox, width, SVG_PADDING);
  const items: SvgItem[] = [];
  const labels: SvgLabel[] = [];
  for (const layer of model.layers) {
    for (const feat of layer.features) {
      const { role, label, labelAt } = feat.properties;
      if (feat.geometry.type === 'Point') {
        const [x, y] = projection.project(feat.geometry.coordinates);
        items.push({ layer: layer.kind, role, d: '', x: r1(x), y: r1(y), ...(label ? { label } : {}) });
        if (label) labels.push({ layer: layer.kind, text: label, x: r1(x + 7), y: r1(y - 6) });
        continue;
      }
      const d =
        role === 'area'
          ? svgDisplayPath(feat.geometry, projection, { tolerance: displayTolerance(layer.kind), decimals: 0 })
          : svgPath(feat.geometry, projection);
      items.push({ layer: layer.kind, role, d, ...(label ? { label } : {}) });
      if (label && labelAt) {
        const [x, y] = projection.project(labelAt);
        labels.push({ layer: layer.kind, text: label, x: r1(x), y: r1(role === 'line' ? y - LINE_LABEL_OFFSET : y + 4) });
      }
    }
  }
  // Simplification plus snapping to the whole-unit grid (at most half a diagonal).
  const toleranceKm = ((DISPLAY_TOLERANCE.county + Math.SQRT1_2) * KM_PER_DEGREE) / projection.unitsPerDegree;
  const scale = scaleBar(projection, width / 4);
  const spread = (size: MapTextSize) => spreadLabels(labels, width, projection.height, scale.length, size);
  return { width, height: projection.height, items, labels: spread('wide'), narrowLabels: spread('narrow'), scale, projection, toleranceKm };
}

/** Placement order: the county and its seat keep their places; context names give way. */
const LABEL_PRIORITY: Record<LayerKind, number> = { county: 0, seat: 0, axis: 1, transition: 1, wings: 1, mountains: 1, neighbours: 2 };

/** The labels moved apart at one text size (label-placement.ts), clear of the scale bar, north arrow and 示意 stamp drawn in the corners. */
function spreadLabels(labels: SvgLabel[], width: number, height: number, scaleLength: number, size: MapTextSize): SvgLabel[] {
  const boxes = labels.map((l) => ({ text: l.text, x: l.x, y: l.y, anchor: l.layer === 'seat' ? ('start' as const) : ('middle' as const), priority: LABEL_PRIORITY[l.layer] }));
  const at = placeLabels(boxes, width, height, overlayKeepOut(width, height, scaleLength, size), undefined, MAP_TEXT[size].label);
  return labels.map((l, i) => ({ ...l, ...at[i]! }));
}

const drawn = new WeakMap<FigureDef, { counties: CountyCollection; map: { model: MapModel; svg: SvgMap } }>();

/**
 * A figure's map model and its SVG at the default width, made once per
 * figure and outline data: every page showing the figure (each version, the
 * `/latest/` copies, the whole text) and the downloads draw the same map.
 * Both are read, never changed, by those who share them.
 */
export function drawFigure(figure: FigureDef, counties: CountyCollection): { model: MapModel; svg: SvgMap } {
  const known = drawn.get(figure);
  if (known && known.counties === counties) return known.map;
  const model = buildMapModel(figure, counties);
  const map = { model, svg: renderSvgMap(model) };
  drawn.set(figure, { counties, map });
  return map;
}
