/**
 * How each layer looks, shared by the static SVG and the Leaflet map so that
 * the two agree (and the legend matches both).
 */
import type { LayerKind } from './figures';

/** Path style in the vocabulary both SVG and Leaflet path options understand. */
export interface LayerStyle {
  color: string;
  weight: number;
  fillColor: string;
  fillOpacity: number;
  dashArray?: string;
  /** False for schematic bands: their clipped outlines carry zero-width slivers along the cut. */
  stroke?: boolean;
}

/** Styles by layer; colours pass WCAG 3:1 against white for lines. */
export const LAYER_STYLES: Record<LayerKind, LayerStyle> = {
  neighbours: { color: '#ffffff', weight: 1, fillColor: '#d4d8dc', fillOpacity: 1 },
  county: { color: '#1f3a5f', weight: 2, fillColor: '#f3efe2', fillOpacity: 1 },
  mountains: { color: '#2e6b3a', weight: 1, fillColor: '#5f9c5a', fillOpacity: 0.45, stroke: false },
  wings: { color: '#8a5a00', weight: 1, fillColor: '#e0b050', fillOpacity: 0.4, stroke: false },
  axis: { color: '#b3261e', weight: 4, fillColor: '#b3261e', fillOpacity: 1 },
  transition: { color: '#c05600', weight: 2.5, fillColor: '#c05600', fillOpacity: 1, dashArray: '6 4' },
  seat: { color: '#ffffff', weight: 2, fillColor: '#b3261e', fillOpacity: 1 },
};

/** Radius of the county seat marker, in SVG units / screen pixels. */
export const SEAT_RADIUS = 6;

/** SVG presentation attributes for a layer (arrowheads are filled, lines are not). */
export function svgAttributes(kind: LayerKind, role: string): Record<string, string | number> {
  const s = LAYER_STYLES[kind];
  const line = role === 'line';
  return {
    stroke: s.stroke === false ? 'none' : s.color,
    'stroke-width': role === 'head' ? 1 : s.weight,
    fill: line ? 'none' : s.fillColor,
    'fill-opacity': line ? 0 : s.fillOpacity,
    ...(s.dashArray && role !== 'head' ? { 'stroke-dasharray': s.dashArray } : {}),
    'stroke-linejoin': 'round',
    'stroke-linecap': 'round',
  };
}
