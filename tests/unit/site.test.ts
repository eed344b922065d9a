import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { compiledNoticeText, loadSiteSettings, searchPlaceholder, previewWarning, publishedAddress, PREVIEW_ADDRESS, type SiteSettings } from '../../src/lib/site';
import { PlanContentError } from '../../src/lib/plan-model';
import { figureListProblems, loadFigures } from '../../src/lib/geo/figures';
import { loadPlaceGeo } from '../../src/lib/geo/place';

function contentWith(siteYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-yaml-'));
  writeFileSync(join(dir, 'site.yaml'), siteYaml);
  return dir;
}

const valid = 'title: 示例县国土空间总体规划（2021—2035年）\nshortName: 示例县国土空间总体规划\nplace:\n  name: 示例县\n  code: "999901"\ncompiledNotice: 整理稿。\n';

describe('site.yaml', () => {
  it('reads the plan title, short name, place and notice of the real content', () => {
    const site = loadSiteSettings('content');
    expect(site.title).toMatch(/国土空间总体规划（\d{4}—\d{4}年）$/);
    expect(site.title.startsWith(site.place.name)).toBe(true);
    expect(site.place.code).toMatch(/^\d{6}$/);
    expect(site.compiledNotice).toContain('整理稿');
  });

  it('names the file, the line of the bad field and the fix when the place code is not six digits', () => {
    const dir = contentWith(valid.replace('"999901"', '99990'));
    let error: unknown;
    try {
      loadSiteSettings(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlanContentError);
    const [problem] = (error as PlanContentError).problems;
    expect(problem).toMatchObject({ file: join(dir, 'site.yaml'), line: 5 });
    expect(problem!.message).toContain('`place.code`');
    expect((error as Error).message).toMatch(/site\.yaml:5: `place\.code`: .*six-digit[\s\S]*fix: correct /);
  });

  it('says the site file is missing and what to put in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-yaml-'));
    expect(() => loadSiteSettings(dir)).toThrow(/site\.yaml: the site file is missing\n {4}fix: create it with title, shortName, place/);
  });

  it('reports a YAML syntax error with its line', () => {
    const dir = contentWith(`${valid}shortName: 重复\n`);
    expect(() => loadSiteSettings(dir)).toThrow(/site\.yaml:7: the YAML does not parse/);
  });

  it('leaves the compiler of the real editions unset, since no source names one', () => {
    expect(loadSiteSettings('content').compiler).toBeUndefined();
  });

  it('reads an optional compiler and refuses an empty one with its line', () => {
    expect(loadSiteSettings(contentWith(`${valid}compiler: 示例编辑组\n`)).compiler).toBe('示例编辑组');
    expect(() => loadSiteSettings(contentWith(`${valid}compiler: "  "\n`))).toThrow(/site\.yaml:7: `compiler`: `compiler` must not be empty/);
  });

  it('refuses a published address that is not an absolute http(s) address', () => {
    const dir = contentWith(`${valid}url: plan.example.org\n`);
    expect(() => loadSiteSettings(dir)).toThrow(/site\.yaml:7: `url`: `url` must be an absolute http\(s\) address/);
  });
});

describe('the published address', () => {
  const settings = { url: 'https://plan.example.org' } as SiteSettings;

  it('comes from SITE_URL first, with a trailing slash', () => {
    expect(publishedAddress(settings, { SITE_URL: 'https://mirror.example.net' })).toEqual({ url: 'https://mirror.example.net/', source: 'SITE_URL' });
  });

  it('comes from site.yaml when SITE_URL is unset or blank', () => {
    expect(publishedAddress(settings, { SITE_URL: ' ' })).toEqual({ url: 'https://plan.example.org/', source: 'site.yaml' });
  });

  it('falls back to the local preview address, and the warning says not to publish', () => {
    expect(publishedAddress({} as SiteSettings, {})).toEqual({ url: PREVIEW_ADDRESS, source: 'preview' });
    expect(previewWarning('content/site.yaml')).toMatch(/Do not publish this build\. Set `url:` in content\/site\.yaml or SITE_URL/);
  });

  it('refuses a SITE_URL that is not an address', () => {
    expect(() => publishedAddress(settings, { SITE_URL: 'example.org' })).toThrow(/SITE_URL=example\.org: SITE_URL must be an absolute http\(s\) address/);
  });
});

describe('figure definitions', () => {
  const figures = loadFigures('content');
  const list = (text: string) => [{ file: 'plan/x/appendix/01.mdx', text }];

  it('agree with the imported 附图 list of the real content', () => {
    const appendix = readFileSync('content/plan/ed2/appendix/01.mdx', 'utf8');
    expect(figures.length).toBeGreaterThan(0);
    expect(figureListProblems(figures, list(appendix), 'figures.yaml')).toEqual([]);
  });

  it('flag a listed figure with another title, and one listed but not defined, by line', () => {
    const t = figures[0]!;
    const text = `---\nkind: 附图\n---\n### 附图${t.number} 别的标题\n### 附图99 未定义的图\n`;
    const problems = figureListProblems(figures, list(text), 'figures.yaml');
    expect(problems).toContainEqual(expect.objectContaining({ line: 4, message: `附图${t.number} is listed as 「别的标题」 but defined as 「${t.title}」` }));
    expect(problems).toContainEqual(expect.objectContaining({ line: 5, message: '附图99 is listed but not defined', fix: 'add 附图99 to figures.yaml' }));
  });

  it('flag a defined figure that no version lists', () => {
    const problems = figureListProblems(figures, list('### 附图1\n'), 'figures.yaml');
    expect(problems.map((p) => p.message)).toContain(`附图2 ${figures[1]!.title} is defined but no version's 附图 list names it`);
  });

  it('are refused with the line when a layer kind is unknown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'figures-'));
    const geo = join(dir, 'geo');
    mkdirSync(geo);
    writeFileSync(join(geo, 'figures.yaml'), '- number: 1\n  title: 图\n  view: county\n  layers:\n    - { kind: rivers, legend: 河 }\n  sections: [{ chapter: 1, section: 1 }]\n  note: 说明\n');
    expect(() => loadFigures(dir)).toThrow(/figures\.yaml:5: `0\.layers\.0\.kind`: layer `kind` must be one of neighbours/);
  });

  it('take a radial diagram in the plan\'s words, and refuse one without its rings, with the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'figures-'));
    const geo = join(dir, 'geo');
    mkdirSync(geo);
    const entry = (diagram: string) => `- number: 1\n  title: 某镇格局示意图\n  diagram: ${diagram}\n  sections: [{ chapter: 1, section: 1 }]\n  note: 说明\n`;
    writeFileSync(join(geo, 'figures.yaml'), entry('{ title: 某镇格局示意, shows: 中心、六条放射路、两条环路, radials: 6, rings: [内环, 外环] }'));
    expect(loadFigures(dir)[0]!.diagram).toEqual({ title: '某镇格局示意', shows: '中心、六条放射路、两条环路', centre: '中心', radials: 6, rings: ['内环', '外环'] });
    writeFileSync(join(geo, 'figures.yaml'), entry('{ title: 某镇格局示意, shows: 中心和六条放射路, radials: 6 }'));
    expect(() => loadFigures(dir)).toThrow(/figures\.yaml:3: `0\.diagram\.rings`/);
  });
});

describe('the engine', () => {
  // The plan's own names, read from its content files, so the test names no plan.
  function planNames(): string[] {
    const site = loadSiteSettings('content');
    const place = loadPlaceGeo('content');
    const figures = parseYaml(readFileSync('content/geo/figures.yaml', 'utf8')) as { layers: { legend: string }[]; diagram?: { title: string; shows: string } }[];
    const prefix = site.place.name.replace(/[县市区旗]$/, '');
    const source = place.outlineSource ? [place.outlineSource.region, place.outlineSource.file] : [];
    return [site.title, site.shortName, site.place.name, site.place.code, prefix, place.seatName, ...source, ...place.neighbours.map((n) => n.name), ...figures.flatMap((f) => f.layers.map((l) => l.legend)).filter((l) => l.includes(prefix)), ...figures.flatMap((f) => (f.diagram ? [f.diagram.title, f.diagram.shows] : []))];
  }

  function filesUnder(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]));
  }

  it('names none of the plan\'s names, places, codes or source files anywhere under src/ or scripts/', () => {
    const names = [...new Set(planNames())];
    expect(names.length).toBeGreaterThan(5);
    const hits = [...filesUnder('src'), ...filesUnder('scripts')].flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return names.filter((n) => text.includes(n)).map((n) => `${file}: ${n}`);
    });
    expect(hits).toEqual([]);
  });
});

describe('searchPlaceholder', () => {
  it('shows the plan\'s own example words from site.yaml before the citations, and the citations alone without them', () => {
    expect(searchPlaceholder({ searchExamples: ['永久基本农田', '城镇开发边界'] })).toBe('如 永久基本农田、城镇开发边界、第18条、4.2');
    expect(searchPlaceholder({})).toBe('如 第18条、4.2');
  });
});

describe('compiledNoticeText', () => {
  it('fills {basis} with the version’s basis, or a general one where no version is meant', () => {
    const settings = { compiledNotice: '本站文本为依据{basis}编写的整理稿。' };
    expect(compiledNoticeText(settings, '起草说明')).toBe('本站文本为依据起草说明编写的整理稿。');
    expect(compiledNoticeText(settings)).toBe('本站文本为依据起草说明等资料编写的整理稿。');
  });
});
