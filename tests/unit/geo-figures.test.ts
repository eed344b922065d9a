import { describe, expect, it } from 'vitest';
import { loadCounties } from '../../src/lib/geo/counties';
import { FIGURES, figureByNumber, figureHomes, figuresForSection, homeFigures, isMapFigure } from '../../src/lib/geo/figures';
import { buildMapModel, drawFigure, renderSvgMap } from '../../src/lib/geo/map-model';
import { figureAnchor, figureUrl } from '../../src/lib/ids';
import { buildPlanModelOrThrow } from '../../src/lib/plan-model';
import { versionSchema } from '../../src/lib/schemas';
import { articleLabel } from '../../src/lib/citation';
import { describeMap, figureGoverning, inlineJson, mapPayload, sectionFigures } from '../../src/lib/geo/describe';

describe('figure registry', () => {
  it('numbers the figures 1–6 and places each in the sections the brief names', () => {
    expect(FIGURES.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const where = FIGURES.map((f) => f.sections.map((s) => `${s.chapter}.${s.section}`).join(','));
    expect(where).toEqual(['1.3', '4.3', '4.4', '5.1', '9.1', '12.1']);
    const cited = [
      { chapter: 4, section: 3, body: '（见附图2）' },
      { chapter: 4, section: 4, body: '（见附图3）' },
    ];
    expect(figuresForSection(4, 4, cited).map((f) => f.title)).toEqual(['国土空间总体结构示意图']);
    expect(figuresForSection(2, 1, cited)).toEqual([]);
    expect(homeFigures().map((f) => f.number)).toEqual([1]);
    expect(figureByNumber(7)).toBeUndefined();
  });

  it('places a figure in the registry section when the version cites it there', () => {
    const homes = figureHomes([
      { chapter: 2, section: 1, body: '见附图3。' },
      { chapter: 4, section: 4, body: '（见附图3）' },
    ]);
    expect(homes.get(3)).toEqual({ chapter: 4, section: 4 });
  });

  it('moves a figure to the first section citing it when a new layout moved its text', () => {
    const homes = figureHomes([
      { chapter: 4, section: 3, body: '总体结构（见附图3）' },
      { chapter: 4, section: 4, body: '总体格局（见附图2）' },
      { chapter: 13, body: '不在节内的条文引用附图1' },
    ]);
    expect(homes.get(3)).toEqual({ chapter: 4, section: 3 });
    expect(homes.get(2)).toEqual({ chapter: 4, section: 4 });
    // A chapter without sections is a home too: its page holds its articles (second-plan tester, 2026-12-03).
    expect(homes.get(1)).toEqual({ chapter: 13, section: undefined });
    expect(figuresForSection(13, undefined, [{ chapter: 13, body: '不在节内的条文引用附图1' }]).map((f) => f.number)).toEqual([1]);
    expect(homes.has(6)).toBe(false);
  });

  it('does not take 附图10 for 附图1', () => {
    expect(figureHomes([{ chapter: 1, section: 1, body: '见附图10' }]).has(1)).toBe(false);
  });

  it('makes figure anchors and URLs through ids.ts', () => {
    expect(figureAnchor(6)).toBe('fig6');
    expect(figureUrl('ed2', 12, 1, 6)).toBe('/ed2/12/1/#fig6');
    expect(() => figureAnchor(0)).toThrow();
  });

  it('labels every schematic layer legend 示意', () => {
    for (const f of FIGURES) {
      for (const l of f.layers) {
        if (['axis', 'transition', 'wings', 'mountains'].includes(l.kind)) expect(l.legend, `附图${f.number} ${l.kind}`).toContain('示意');
      }
    }
  });
});

describe('map models', () => {
  const counties = loadCounties();

  it('builds every map figure with paths for each layer and a round scale bar', () => {
    for (const fig of FIGURES.filter(isMapFigure)) {
      const model = buildMapModel(fig, counties);
      const svg = renderSvgMap(model);
      expect(model.layers.map((l) => l.kind)).toEqual(fig.layers.map((l) => l.kind));
      for (const layer of model.layers) expect(layer.features.length, `附图${fig.number} ${layer.kind}`).toBeGreaterThan(0);
      for (const item of svg.items) if (item.role !== 'point') expect(item.d).toMatch(/^M[\d.]+ [\d.]+l/);
      expect(svg.scale.label).toMatch(/^(1|2|5)0* km$/);
      const pathBytes = svg.items.reduce((n, i) => n + i.d.length, 0);
      const payloadBytes = inlineJson(mapPayload(fig, model, svg, [], counties)).length;
      // The geometry is in the page once (the SVG); the client payload holds no copy of it.
      expect(payloadBytes).toBeLessThan(4000);
      console.log(`附图${fig.number}: ${svg.width}×${svg.height}, scale ${svg.scale.label}, ${pathBytes} bytes of SVG paths, ${payloadBytes} bytes of client payload`);
    }
  });

  it('marks schematic features and only them as schematic', () => {
    const model = buildMapModel(figureByNumber(3)!, counties);
    const flags = Object.fromEntries(model.layers.map((l) => [l.kind, l.features.every((f) => f.properties.schematic)]));
    expect(flags).toEqual({ county: false, mountains: true, wings: true, axis: true, seat: false });
  });

  it('names the Ili neighbours of facts F7 on the locator map', () => {
    const model = buildMapModel(figureByNumber(1)!, counties);
    const names = model.layers.find((l) => l.kind === 'neighbours')!.features.map((f) => f.properties.label);
    expect(names).toEqual(expect.arrayContaining(['昭苏县', '巩留县', '察布查尔锡伯自治县']));
    expect(names).not.toContain('特克斯县');
  });

  it('refuses a diagram-only figure', () => {
    expect(() => buildMapModel(figureByNumber(5)!, counties)).toThrow(/no map view/);
  });
});

describe('governing articles and the text alternative', () => {
  /** One version whose articles cite figures 1 and 3, and a 附图12 the plan does not define. */
  const model = (() => {
    const version = versionSchema.parse({
      id: 'ed2', title: '示例县国土空间总体规划（2021—2035年）', label: '测试稿', date: '2026-01-01',
      stage: '大纲', status: 'current', basis: '测试', expect: { chapters: 2, sections: 3 },
    });
    const chapter = (n: number) => ({ file: `ed2/${n}/index.mdx`, data: { version: 'ed2', chapter: n, title: `章${n}`, sources: [], articles: [] }, body: '' });
    const heading = (n: number, title: string) => `## ${articleLabel(n)}${title ? ` ${title}` : ''}`;
    const section = (c: number, s: number, arts: Array<[number, string, string]>) => ({
      file: `ed2/${c}/${s}.mdx`,
      data: { version: 'ed2', chapter: c, section: s, title: `节${c}.${s}`, sources: [], articles: arts.map(([n]) => ({ number: n, key: String(n) })) },
      body: arts.map(([n, title, body]) => `${heading(n, title)}\n\n${body}`).join('\n\n'),
    });
    return buildPlanModelOrThrow({
      version: { file: 'ed2/_version.yaml', data: version },
      chapters: [chapter(1), chapter(2)],
      sections: [
        section(1, 1, [[1, '规划范围', '本规划范围为行政辖区内的全部国土空间（见附图1）。']]),
        section(1, 2, [[2, '', '见附图12。'], [3, '总体结构', '构建……总体结构（见附图3）。附图3所示轴线为示意。']]),
        section(2, 1, [[4, '区域协同', '加强协同（见附图1）。']]),
      ],
    });
  })();

  it('lists the articles that cite the figure, linked where they stand, and not 附图12 for 附图1', () => {
    expect(figureGoverning({ number: 1 }, model)).toEqual([
      { label: '第一条 规划范围', href: '/ed2/1/1/#a1' },
      { label: '第四条 区域协同', href: '/ed2/2/1/#a4' },
    ]);
    expect(figureGoverning({ number: 3 }, model).map((g) => g.href)).toEqual(['/ed2/1/2/#a3']);
    expect(figureGoverning({ number: 5 }, model)).toEqual([]);
  });

  it('shows a figure on the section of this version whose text first cites it, when the registry’s sections are not cited there', () => {
    expect(sectionFigures(1, 1, model).map((f) => [f.figure.number, f.governing.length])).toEqual([[1, 2]]);
    expect(sectionFigures(1, 2, model).map((f) => [f.figure.number, f.governing.length])).toEqual([[3, 1]]);
    expect(sectionFigures(4, 4, model)).toEqual([]);
    expect(sectionFigures(1, 3, model)).toEqual([]);
  });

  it('describes every layer in words, with the seat of F3 and the neighbours outside the data', () => {
    const counties = loadCounties();
    const fig = figureByNumber(1)!;
    const text = describeMap(fig, buildMapModel(fig, counties), counties, '100 km');
    expect(text).toHaveLength(4);
    expect(text.join('\n')).toContain('北纬43.214°、东经81.836°');
    expect(text.join('\n')).toContain('和静县');
    expect(text.at(-1)).toBe('比例尺：图中横条长度代表100千米。');
  });

  it('escapes < in inline JSON so a label cannot close the script element', () => {
    expect(inlineJson({ label: '</script><b>' })).toBe('{"label":"\\u003c/script>\\u003cb>"}');
  });
});

describe('drawFigure', () => {
  it('draws a figure once per outline data, as buildMapModel and renderSvgMap would', () => {
    const counties = loadCounties();
    const figure = figureByNumber(2)!;
    const first = drawFigure(figure, counties);
    expect(drawFigure(figure, counties)).toBe(first);
    const model = buildMapModel(figure, counties);
    expect(first.model).toEqual(model);
    // (The SVG map holds its projection's functions: compared as data.)
    expect(JSON.stringify(first.svg)).toBe(JSON.stringify(renderSvgMap(model)));
    // Other outline data (a reloaded file) or another figure object (other layers) is drawn afresh.
    expect(drawFigure(figure, { ...counties })).not.toBe(first);
    expect(drawFigure({ ...figure }, counties)).not.toBe(first);
  });
});
