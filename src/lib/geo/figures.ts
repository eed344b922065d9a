/**
 * The plan's figures (附图): what each shows and in which sections it belongs.
 * The definitions are the plan's own data, in content/geo/figures.yaml; this
 * module holds their shape (a zod schema) and the lookups the pages use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { PlanContentError, type ContentProblem } from '../plan-model.ts';
import { parseYamlWith } from '../schema-errors.ts';
import { contentDir } from '../site-config.ts';
import { findFigureReferences } from '../xref.ts';

/** The layers a figure can draw; see `map-model.ts` for how each is computed. */
export type LayerKind =
  /** The other county outlines of the extract, with their names (context). */
  | 'neighbours'
  /** The plan's county outline. */
  | 'county'
  /** The county seat (content/geo/place.yaml). */
  | 'seat'
  /** The east–west axis through the seat (示意). */
  | 'axis'
  /** Arrows from the axis into the wings (示意). */
  | 'transition'
  /** North and south wing bands (示意). */
  | 'wings'
  /** Mountain bands north and south of the axis (示意). */
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

/** Where a figure is drawn in a version: a section, or a chapter without sections (`section` undefined), whose page holds its articles. */
export interface FigureHome {
  chapter: number;
  section?: number | undefined;
}

/** A radial town diagram as a figure's entry gives it: the words are the plan's, the drawing the engine's. */
export interface RadialDiagramDef {
  /** What the diagram is called, in its title and text alternative. */
  title: string;
  /** What it shows, in words, for its title and text alternative. */
  shows: string;
  /** The label of the central space. */
  centre: string;
  /** Number of main streets radiating from the centre. */
  radials: number;
  /** The ring roads' labels, from inside out. */
  rings: string[];
}

/** One figure of the plan. */
export interface FigureDef {
  /** 附图N. */
  number: number;
  title: string;
  /** The map's extent; absent for a figure that is only a diagram. */
  view?: FigureView;
  layers: LayerSpec[];
  /** A radial town diagram drawn as (part of) the figure (radial-diagram.ts). */
  diagram?: RadialDiagramDef;
  /** Sections where the figure is shown; the first is its home for 附图N links. */
  sections: FigureSection[];
  /** Also shown on the home page. */
  home?: boolean;
  /** Source ids (facts.md F…, drafting notes N…) the figure draws on. */
  sources: string[];
  /** A sentence under the figure: what it shows and what it does not. */
  note: string;
}

/** Every layer kind, in drawing order of the legend. */
export const LAYER_KINDS = ['neighbours', 'county', 'seat', 'axis', 'transition', 'wings', 'mountains'] as const satisfies readonly LayerKind[];

const positive = (what: string) => z.number({ error: `${what} must be a number` }).int().min(1, `${what} starts at 1`);

/** One entry of `content/geo/figures.yaml`. */
export const figureSchema = z.object({
  /** 附图N. */
  number: positive('`number`'),
  /** The figure's title as the 附图 list prints it. */
  title: z.string().min(1, 'give the figure a `title`'),
  /** The map's extent; absent for a figure that is only a diagram. */
  view: z.enum(['prefecture', 'county', 'seat'], { error: '`view` must be prefecture, county or seat' }).optional(),
  /** The layers drawn, each with this figure's legend text. */
  layers: z.array(z.object({ kind: z.enum(LAYER_KINDS, { error: `layer \`kind\` must be one of ${LAYER_KINDS.join(', ')}` }), legend: z.string().min(1) })).default([]),
  /** A radial town diagram drawn as (part of) the figure. */
  diagram: z
    .object({
      /** What the diagram is called, in its title and text alternative. */
      title: z.string().min(1, 'give the diagram a `title`'),
      /** What it shows, in words (a centre, so many streets, so many rings). */
      shows: z.string().min(1, 'say in `shows` what the diagram shows, in words'),
      /** The label of the central space. */
      centre: z.string().min(1).default('中心'),
      /** Number of main streets radiating from the centre. */
      radials: positive('`radials`'),
      /** The ring roads' labels, from inside out: one ring each. */
      rings: z.array(z.string().min(1)).min(1, 'give `rings` as a list of the ring roads\' labels, from inside out'),
    })
    .optional(),
  /** Sections where the figure is shown; the first is its home for 附图N links. */
  sections: z.array(z.object({ chapter: positive('`chapter`'), section: positive('`section`') })).min(1, 'give at least one `sections` entry: the figure\'s home section'),
  /** Also shown on the home page. */
  home: z.boolean().optional(),
  /** Source ids (facts F…, drafting notes N…) the figure draws on. */
  sources: z.array(z.string()).default([]),
  /** A sentence under the figure: what it shows and what it does not. */
  note: z.string().min(1, 'give the figure a `note`: what it shows and what it does not'),
});

/** `content/geo/figures.yaml`: the list, numbered 1…n in order. */
export const figuresSchema = z.array(figureSchema).superRefine((list, ctx) => {
  list.forEach((f, i) => {
    if (f.number !== i + 1) ctx.addIssue({ code: 'custom', path: [i, 'number'], message: `figures are numbered 1…n in order; expected ${i + 1}, found ${f.number}` });
  });
});

/** Read and check `<dir>/geo/figures.yaml`; errors name the file, the line and the fix. */
export function loadFigures(dir: string): FigureDef[] {
  const file = join(dir, 'geo', 'figures.yaml');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const problems: ContentProblem[] = [];
  const data = parseYamlWith(figuresSchema, text, { file, fix: `correct ${file} (fields are documented in src/lib/geo/figures.ts)` }, problems);
  if (!data) throw new PlanContentError(problems);
  return data as FigureDef[];
}

/** The plan's figures, in order (read once from the content folder; none when it has no figures.yaml). */
export const FIGURES: readonly FigureDef[] = loadFigures(contentDir);

/** The figure numbered `n`, or undefined. */
export function figureByNumber(n: number): FigureDef | undefined {
  return FIGURES.find((f) => f.number === n);
}

/** The few fields of an article that decide where a figure sits. */
export interface CitingArticle {
  chapter: number;
  section?: number | undefined;
  body: string;
}

/**
 * Where each figure sits in one version (issue 15: figures follow the version
 * they belong to). The registry's section when this version's text cites the
 * figure there; otherwise the first section whose articles cite it, so a new
 * layout moves its figures with the text (a chapter without sections is a
 * home too: its page holds its articles). A figure the version does not cite
 * has no home there (and 附图N stays plain text).
 */
export function figureHomes(articles: readonly CitingArticle[], figures: readonly FigureDef[] = FIGURES): Map<number, FigureHome> {
  // Each article's text is read once (not once per figure): the figures it cites, in reading order.
  const citingByFigure = new Map<number, CitingArticle[]>();
  for (const a of articles) {
    for (const n of new Set(findFigureReferences(a.body).map((r) => r.target.figure))) {
      if (n !== undefined) citingByFigure.set(n, [...(citingByFigure.get(n) ?? []), a]);
    }
  }
  const homes = new Map<number, FigureHome>();
  for (const f of figures) {
    const citing = citingByFigure.get(f.number) ?? [];
    const registry = f.sections.find((s) => citing.some((a) => a.chapter === s.chapter && a.section === s.section));
    const first = citing[0];
    const home = registry ?? (first ? { chapter: first.chapter, section: first.section } : undefined);
    if (home) homes.set(f.number, home);
  }
  return homes;
}

/**
 * The figures shown in section `chapter`.`section` of a version whose articles are `articles`, in order; with `section`
 * undefined, on the page of a chapter without sections (second-plan tester, 2026-12-03: 附图N there was neither drawn nor linked).
 */
export function figuresForSection(chapter: number, section: number | undefined, articles: readonly CitingArticle[]): FigureDef[] {
  const homes = figureHomes(articles);
  return FIGURES.filter((f) => {
    const home = homes.get(f.number);
    return home?.chapter === chapter && home.section === section;
  });
}

/** The figures shown on the home page. */
export function homeFigures(): FigureDef[] {
  return FIGURES.filter((f) => f.home);
}

/** Whether a figure draws a geographic map (and so enhances to Leaflet). */
export function isMapFigure(f: FigureDef): boolean {
  return f.view !== undefined && f.layers.length > 0;
}

/** An imported 附图 list: an appendix part of kind 附图 (`plan/<v>/appendix/<nn>.mdx`). */
export interface FigureListFile {
  file: string;
  text: string;
}

const LISTED_FIGURE = /^#{1,6}\s*附图\s*(\d+)\s*(.*?)\s*$/;

/**
 * Check the figure definitions against the imported 附图 lists: every listed
 * figure must be defined with the same title, and every defined figure must
 * be listed by at least one version (so the two lists cannot drift apart).
 */
export function figureListProblems(figures: readonly FigureDef[], lists: readonly FigureListFile[], figuresFile: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const listed = new Set<number>();
  for (const { file, text } of lists) {
    text.split('\n').forEach((line, i) => {
      const m = LISTED_FIGURE.exec(line);
      if (!m) return;
      const n = Number(m[1]);
      listed.add(n);
      const def = figures.find((f) => f.number === n);
      if (!def) problems.push({ file, line: i + 1, message: `附图${n} is listed but not defined`, fix: `add 附图${n} to ${figuresFile}` });
      else if (m[2] && m[2] !== def.title) problems.push({ file, line: i + 1, message: `附图${n} is listed as 「${m[2]}」 but defined as 「${def.title}」`, fix: `make the title in ${figuresFile} match the plan text` });
    });
  }
  if (lists.length > 0) {
    for (const f of figures) {
      if (!listed.has(f.number)) problems.push({ file: figuresFile, message: `附图${f.number} ${f.title} is defined but no version's 附图 list names it`, fix: `remove it from ${figuresFile}, or import a text whose 附图 list has it` });
    }
  }
  return problems;
}
