/**
 * The data a `<plan-map>` receives from the server: the figure's layers as
 * GeoJSON and the articles that govern them. Kept free of value imports so
 * the browser bundle never pulls in the county data.
 */
import type { LayerKind } from './figures';
import type { Position } from './geometry';
import type { FeatureRole } from './map-model';
import type { ProjectionParams } from './svg-path';

/** An article that governs (some layers of) a figure, as a link. */
export interface GoverningArticle {
  /** e.g. 第十八条 生态保护红线. */
  label: string;
  /** From `src/lib/ids.ts`, e.g. `/ed2/4/2/#a18`. */
  href: string;
  /** The layers it governs; absent means the whole figure. */
  layers?: LayerKind[];
}

/** The articles governing one layer of a figure. */
export function governingFor(kind: LayerKind, governing: readonly GoverningArticle[]): GoverningArticle[] {
  return governing.filter((g) => !g.layers || g.layers.includes(kind));
}

/** A label of the interactive map, at a longitude/latitude. */
export interface PlanMapLabel {
  layer: LayerKind;
  role: FeatureRole;
  text: string;
  at: Position;
}

/**
 * What the client reads from the page's JSON. The geometry is not repeated
 * here: the client reads it from the static SVG's paths and inverts the
 * projection (`svg-path.ts`), so the page carries the map once.
 */
export interface PlanMapPayload {
  figure: number;
  title: string;
  projection: ProjectionParams;
  layers: Array<{ kind: LayerKind; legend: string; schematic: boolean }>;
  labels: PlanMapLabel[];
  governing: GoverningArticle[];
  attribution: string;
}
