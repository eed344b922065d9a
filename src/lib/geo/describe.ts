/**
 * Words for a map: the text alternative (a list of what is shown) and the
 * data the interactive map receives from the server.
 */
import type { CountyCollection } from './extract';
import type { FigureDef, LayerKind } from './figures';
import { figuresForSection } from './figures';
import type { MapModel, SvgMap } from './map-model';
import { place } from './counties';
import { BAND_FRACTIONS } from './schematic';
import type { GoverningArticle, PlanMapLabel, PlanMapPayload } from './governing';
import { articleLabel } from '../citation';
import { labelledTitle } from '../provision-number.ts';
import { provisionUrl } from '../ids';
import type { PlanModel } from '../plan-model';
import { citingFigure, xrefIndexFor } from '../xref-index';

export type { GoverningArticle } from './governing';
export { governingFor } from './governing';

const pct = (f: number) => `${Math.round(f * 100)}%`;

/**
 * How far the drawn county line may be from the data, in words: `1.0公里`
 * from 1 km up, else rounded up to 100 m (`300米`).
 */
export function driftText(km: number): string {
  return km >= 1 ? `${km.toFixed(1)}公里` : `${Math.ceil(km * 10) * 100}米`;
}

/** One sentence per layer, saying what it is and where it comes from. */
export function describeLayer(kind: LayerKind, legend: string, counties: CountyCollection): string {
  const a = counties.attribution;
  switch (kind) {
    case 'neighbours': {
      const inData = place().neighbours.filter((n) => n.inData).map((n) => `${n.name}（${n.direction}）`).join('、');
      const outside = place().neighbours.filter((n) => !n.inData).map((n) => `${n.name}（${n.direction}）`).join('、');
      return `${legend}：图中注名；相邻县为${inData}，另有${outside}不在本图数据内。`;
    }
    case 'county':
      return `${legend}：县域轮廓，取自 ${a.package} ${a.version}（${a.license}），坐标精度约1/1024度（约100米），仅作概览。`;
    case 'seat':
      return `${legend}：约北纬${place().seat[1]}°、东经${place().seat[0]}°。`;
    case 'axis':
      return `${legend}：沿县城所在纬线横贯县域东西的双向箭头，依据县域轮廓计算，不是界线。`;
    case 'transition':
      return `${legend}：自主轴三分点分别指向北翼、南翼的四个箭头。`;
    case 'wings':
      return `${legend}：主轴以北、以南各一条带（自主轴至县域南北边缘距离的${pct(BAND_FRACTIONS.wing[0])}—${pct(BAND_FRACTIONS.wing[1])}），按县域轮廓裁切，不是界线。`;
    case 'mountains':
      return `${legend}：县域北缘、南缘各一条带（自主轴至边缘距离的${pct(BAND_FRACTIONS.mountain[0])}—100%），宽度由本站绘图时确定，不是山体范围线。`;
  }
}

/** The text alternative of a figure: one line per layer, plus the scale. */
export function describeMap(figure: FigureDef, model: MapModel | null, counties: CountyCollection, scaleLabel?: string): string[] {
  const lines = (model?.layers ?? []).map((l) => describeLayer(l.kind, l.legend, counties));
  if (scaleLabel) lines.push(`比例尺：图中横条长度代表${scaleLabel.replace(' km', '千米')}。`);
  if (figure.diagram) lines.push(`${figure.diagram.title}：${figure.diagram.shows}；示意图，无实地坐标。`);
  return lines;
}

/** Build the client payload for a model and its static map. */
export function mapPayload(
  figure: FigureDef,
  model: MapModel,
  svg: SvgMap,
  governing: readonly GoverningArticle[],
  counties: CountyCollection,
): PlanMapPayload {
  const a = counties.attribution;
  const { bbox, padding, unitsPerDegree, cosLat0 } = svg.projection;
  const labels: PlanMapLabel[] = model.layers.flatMap((layer) =>
    layer.features.flatMap((f) => {
      const { label, labelAt, role } = f.properties;
      const at = f.geometry.type === 'Point' ? f.geometry.coordinates : labelAt;
      return label && at ? [{ layer: layer.kind, role, text: label, at }] : [];
    }),
  );
  return {
    figure: figure.number,
    title: figure.title,
    projection: { bbox, padding, unitsPerDegree, cosLat0 },
    layers: model.layers.map(({ kind, legend, schematic }) => ({ kind, legend, schematic })),
    labels,
    governing: [...governing],
    attribution: `县域轮廓：${a.package} ${a.version}（${a.license}），约100米精度，按图幅简化（偏差在${driftText(svg.toleranceKm)}以内）${model.layers.some((l) => l.schematic) ? ' · 示意图层不表示界线' : ''}`,
  };
}

/**
 * JSON for an inline `<script type="application/json">`: `<` is escaped so
 * that no `</script>` in a label can end the element early.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The articles that govern a figure: those whose text cites it (附图N), as
 * the version's cross-reference index lists them, in order, as links to where
 * they stand in the version. The plan's figures are cited by the articles
 * they illustrate, so the citation is the link.
 */
export function figureGoverning(figure: Pick<FigureDef, 'number'>, model: PlanModel): GoverningArticle[] {
  const byNumber = new Map(model.articles.map((a) => [a.number, a]));
  return citingFigure(xrefIndexFor(model), figure.number).flatMap((n) => {
    const a = byNumber.get(n);
    if (!a) return [];
    return [{
      label: labelledTitle(articleLabel(a.number, a.printed), a.title),
      href: provisionUrl({ version: model.version.id, chapter: a.chapter, section: a.section, article: a.number }),
    }];
  });
}

/**
 * The figures a section page shows, each with its governing articles: the
 * registry's figures for that section that the version's text cites (a
 * version whose text has no 附图N, such as one compiled from the drafting
 * notes alone, shows none).
 */
export function sectionFigures(
  chapter: number,
  section: number | undefined,
  model: PlanModel,
): Array<{ figure: FigureDef; governing: GoverningArticle[] }> {
  return figuresForSection(chapter, section, model.articles)
    .map((figure) => ({ figure, governing: figureGoverning(figure, model) }))
    .filter((f) => f.governing.length > 0);
}
