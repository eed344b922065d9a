/**
 * The downloads of each version, made once per build from the same data as
 * `/<v>/plan.json` (planJsonFor), and shared by the download endpoints, the
 * pages that list them and plan.json itself.
 */
import { getSiteData, entryKey } from './plan.ts';
import { siteSettings } from '../lib/site-config.ts';
import { compiledNoticeText } from '../lib/site.ts';
import { COMPILED_STAGE } from '../lib/schemas.ts';
import { compiledBasis } from '../lib/version-status.ts';
import { planJson, type CanonicalAppendix, type PlanJson } from '../lib/canonical-text.ts';
import { makeDownloads, type DownloadFile } from '../lib/downloads/files.ts';
import { parseArticles, type PlanModel } from '../lib/plan-model.ts';
import type { DownloadFigure } from '../lib/downloads/document.ts';
import { PDF_FONTS } from '../lib/downloads/plan-pdf.ts';
import { loadCounties } from '../lib/geo/counties.ts';
import { FIGURES } from '../lib/geo/figures.ts';
import { figureSvg, svgsToPng } from '../lib/geo/figure-image.ts';

let figures: Promise<DownloadFigure[]> | undefined;

/**
 * The site's figures (maps and town diagrams) as PNG (twice their on-screen
 * size, for print), for the versions whose text has a 附图 part.
 */
export function downloadFigures(): Promise<DownloadFigure[]> {
  figures ??= (async () => {
    const drawn = FIGURES.flatMap((f) => {
      const d = figureSvg(f, loadCounties());
      return d ? [{ ...d, figure: f }] : [];
    });
    const pngs = await svgsToPng(drawn, 2, PDF_FONTS.regular);
    return drawn.map((d, i) => ({ label: `附图${d.figure.number}`, title: d.figure.title, png: pngs[i]!, width: d.width * 2, height: d.height * 2 }));
  })();
  return figures;
}

/** plan.json of a version without its `downloads` (which are made from it). */
export async function planJsonFor(model: PlanModel, site: string | URL): Promise<PlanJson> {
  const data = await getSiteData();
  // Lead text before the first article of a chapter or section is plan text too.
  const intros = new Map<string, string>();
  for (const c of model.chapters) {
    const lead = parseArticles(data.chapterEntries.get(entryKey(model.version.id, c.chapter))?.body ?? '').lead;
    if (lead) intros.set(`${c.chapter}`, lead);
    for (const s of c.sections) {
      const sLead = parseArticles(data.sectionEntries.get(entryKey(model.version.id, c.chapter, s.section))?.body ?? '').lead;
      if (sLead) intros.set(`${c.chapter}.${s.section}`, sLead);
    }
  }
  const appendices: CanonicalAppendix[] = (data.appendixEntries.get(model.version.id) ?? []).map((e) => ({
    part: e.data.part,
    kind: e.data.kind,
    title: e.data.title,
    markdown: e.body ?? '',
  }));
  return planJson(model, site, intros, appendices);
}

/** What a download's title page says the text is: the site's notice from content/site.yaml, with the version's basis, as on its pages. */
export function downloadNotice(stage: string, basis: string): string {
  return stage === COMPILED_STAGE ? compiledNoticeText(siteSettings(), basis) : `本文本为${stage}。`;
}

const cache = new Map<string, Promise<DownloadFile[]>>();

/** The downloads of a version (made once per build). */
export function versionDownloads(model: PlanModel, site: string | URL): Promise<DownloadFile[]> {
  const id = model.version.id;
  let files = cache.get(id);
  if (!files) {
    files = planJsonFor(model, site).then(async (json) =>
      makeDownloads({ ...json, notice: downloadNotice(json.stage, compiledBasis(model)), figures: json.appendices.some((p) => p.kind === '附图') ? await downloadFigures() : [] }),
    );
    cache.set(id, files);
  }
  return files;
}
