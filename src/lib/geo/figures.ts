/**
 * The plan's figures (附图1–6): what each shows and in which sections it
 * belongs. The figure numbers are the site's own working numbering of the
 * compiled edition (the official 附图 list is not public here).
 */

/** The layers a figure can draw; see `map-model.ts` for how each is computed. */
export type LayerKind =
  /** Other Ili county outlines with their names (context). */
  | 'neighbours'
  /** The 特克斯县 outline. */
  | 'county'
  /** The county seat 特克斯镇 (F3). */
  | 'seat'
  /** The east–west axis through the seat (示意). */
  | 'axis'
  /** Arrows from the axis into the wings (示意). */
  | 'transition'
  /** North and south wing bands (示意). */
  | 'wings'
  /** 乌孙山 (north) and 天山 (south) bands (示意). */
  | 'mountains';

/** One layer of a figure, with the legend text this figure uses for it. */
export interface LayerSpec {
  kind: LayerKind;
  legend: string;
}

/** What part of the earth a map figure shows. */
export type FigureView = 'prefecture' | 'county' | 'seat';

/** A section of the plan, by Arabic chapter and section numbers. */
export interface FigureSection {
  chapter: number;
  section: number;
}

/** One figure of the plan. */
export interface FigureDef {
  /** 附图N. */
  number: number;
  title: string;
  /** The map's extent; absent for a figure that is only a diagram. */
  view?: FigureView;
  layers: LayerSpec[];
  /** Draw the 八卦城 diagram (F8) as (part of) the figure. */
  bagua?: boolean;
  /** Sections where the figure is shown; the first is its home for 附图N links. */
  sections: FigureSection[];
  /** Also shown on the home page. */
  home?: boolean;
  /** Source ids (facts.md F…, drafting notes N…) the figure draws on. */
  sources: string[];
  /** A sentence under the figure: what it shows and what it does not. */
  note: string;
}

const SCHEMATIC_NOTE = '图中轴线、条带与箭头均为依据县域轮廓和县城位置计算的示意，不表示界线。';

/** The six figures, in order. */
export const FIGURES: readonly FigureDef[] = [
  {
    number: 1,
    title: '特克斯县区位图',
    view: 'prefecture',
    layers: [
      { kind: 'neighbours', legend: '伊犁哈萨克自治州其他县市' },
      { kind: 'county', legend: '特克斯县' },
      { kind: 'seat', legend: '县城 特克斯镇' },
    ],
    sections: [{ chapter: 1, section: 3 }],
    home: true,
    sources: ['F1', 'F3', 'F7'],
    note: '特克斯县西邻昭苏县，北邻巩留县、察布查尔锡伯自治县，东邻巩留县、和静县，南邻拜城县；和静县、拜城县不在本图数据范围内。',
  },
  {
    number: 2,
    title: '国土空间开发保护总体格局示意图',
    view: 'county',
    layers: [
      { kind: 'county', legend: '特克斯县' },
      { kind: 'axis', legend: '特克斯河谷城镇发展主轴（示意）' },
      { kind: 'transition', legend: '向南北两翼过渡发展（示意）' },
      { kind: 'seat', legend: '县城 特克斯镇' },
    ],
    sections: [{ chapter: 4, section: 3 }],
    sources: ['N4', 'F3', 'F6'],
    note: `以特克斯河谷城镇发展主轴为核心，向南北两翼过渡发展。${SCHEMATIC_NOTE}`,
  },
  {
    number: 3,
    title: '国土空间总体结构示意图',
    view: 'county',
    layers: [
      { kind: 'county', legend: '特克斯县' },
      { kind: 'mountains', legend: '两山保护：乌孙山（北）、天山（南）（示意）' },
      { kind: 'wings', legend: '双翼屏障（示意）' },
      { kind: 'axis', legend: '一轴带动、沿河发展（示意）' },
      { kind: 'seat', legend: '县城 特克斯镇' },
    ],
    sections: [{ chapter: 4, section: 4 }],
    sources: ['N4', 'F3', 'F6'],
    note: `一轴带动、沿河发展，双翼屏障、两山保护。${SCHEMATIC_NOTE}`,
  },
  {
    number: 4,
    title: '生态安全格局示意图',
    view: 'county',
    layers: [
      { kind: 'county', legend: '特克斯县' },
      { kind: 'mountains', legend: '两山保护：乌孙山（北）、天山（南）（示意）' },
      { kind: 'wings', legend: '双翼生态屏障（示意）' },
      { kind: 'axis', legend: '特克斯河谷（示意）' },
      { kind: 'seat', legend: '县城 特克斯镇' },
    ],
    sections: [{ chapter: 5, section: 1 }],
    sources: ['N4', 'F6'],
    note: `双翼屏障、两山保护。${SCHEMATIC_NOTE}`,
  },
  {
    number: 5,
    title: '八卦城格局示意图',
    layers: [],
    bagua: true,
    sections: [{ chapter: 9, section: 1 }],
    sources: ['F8'],
    note: '八卦城以中心向外辐射八条主街，四条环路环绕，共64条街。本图只画八条主街和四条环路，是示意图，不是测绘地图。',
  },
  {
    number: 6,
    title: '中心城区示意图',
    view: 'seat',
    layers: [
      { kind: 'county', legend: '特克斯县界（县域轮廓）' },
      { kind: 'axis', legend: '特克斯河谷城镇发展主轴（示意）' },
      { kind: 'seat', legend: '县城 特克斯镇（八卦城）' },
    ],
    bagua: true,
    sections: [{ chapter: 12, section: 1 }],
    sources: ['F3', 'F8'],
    note: '中心城区范围以规划正式图件为准；本图只标县城位置，不画中心城区界线，旁附八卦城格局示意。',
  },
];

/** The figure numbered `n`, or undefined. */
export function figureByNumber(n: number): FigureDef | undefined {
  return FIGURES.find((f) => f.number === n);
}

/** The figures shown in section `chapter`.`section`, in order. */
export function figuresForSection(chapter: number, section: number): FigureDef[] {
  return FIGURES.filter((f) => f.sections.some((s) => s.chapter === chapter && s.section === section));
}

/** The figures shown on the home page. */
export function homeFigures(): FigureDef[] {
  return FIGURES.filter((f) => f.home);
}

/** Whether a figure draws a geographic map (and so enhances to Leaflet). */
export function isMapFigure(f: FigureDef): boolean {
  return f.view !== undefined && f.layers.length > 0;
}
