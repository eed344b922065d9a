/**
 * `npm run bench:import`: how fast the importer reads a large plan. Generates
 * a ~1 MB plan text (30 chapters, 120 sections, 3,000 articles, with
 * enumerations, tables and cross-references) in a temporary folder, imports it
 * into a temporary content folder, then imports a revised copy (articles
 * inserted and deleted) against it to time the alignment of keys. Prints time
 * and memory; the target is under 2 s per import. Not a test: it asserts nothing.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { toChineseNumeral } from '../src/lib/numerals.ts';
import { runImport } from '../src/lib/import/run.ts';

const CHAPTERS = 30;
const SECTIONS = 4;
const PER_SECTION = 25;

const PHRASES = ['统筹划定生态保护红线', '严格保护永久基本农田', '合理确定城镇开发边界', '优化国土空间开发保护格局', '加强自然资源节约集约利用', '完善基础设施支撑体系', '传承历史文化', '强化规划实施监督'];

/** A plan text; `revise` drops every 50th article and inserts one after every 70th. */
function planText(revise: boolean): string {
  const out = ['某县国土空间总体规划（2021—2035年）', ''];
  let n = 0;
  let k = 0;
  for (let c = 1; c <= CHAPTERS; c++) {
    out.push(`第${toChineseNumeral(c)}章 第${c}章标题`);
    for (let s = 1; s <= SECTIONS; s++) {
      out.push(`第${toChineseNumeral(s)}节 第${c}.${s}节标题`);
      for (let a = 0; a < PER_SECTION; a++) {
        k++;
        if (revise && k % 50 === 0) continue;
        n++;
        const p = PHRASES[k % PHRASES.length]!;
        out.push(`第${toChineseNumeral(n)}条 条文${k}`);
        out.push(`　　${p}，落实第${k}项要求，按照本规划第${toChineseNumeral(Math.max(1, n - 1))}条执行，确保目标任务落到实处。${PHRASES[(k + 1) % PHRASES.length]}，坚持节约优先、保护优先、自然恢复为主的方针，推动形成绿色发展方式和生活方式。`);
        if (k % 10 === 0) out.push('　　（一）明确责任分工。', '　　（二）加强监督检查。');
        if (k % 100 === 0) out.push('指标\t单位\t目标', `指标${k}\t公顷\t—`);
        if (revise && k % 70 === 0) {
          n++;
          out.push(`第${toChineseNumeral(n)}条 新增条文${k}`, `　　新增内容${k}，${PHRASES[(k + 3) % PHRASES.length]}。`);
        }
      }
    }
  }
  out.push('附表 规划指标表', '指标\t单位', '耕地保有量\t万亩');
  return out.join('\n') + '\n';
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function timed(label: string, input: string, version: string, contentDir: string, previous?: string): Promise<void> {
  const before = performance.now();
  const result = await runImport({ input, version, contentDir, previous, date: '2026-01-01', stage: '公示稿', label: version });
  const ms = performance.now() - before;
  const mem = process.memoryUsage();
  console.log(
    `${label}: ${ms.toFixed(0)} ms, exit ${result.exitCode}, ${result.chapters} chapters, ${result.sections} sections, ${result.articles} articles, ` +
      `${result.crossRefs} cross-references, ${result.warnings.length} warnings, ${result.errors.length} errors; heap used ${mb(mem.heapUsed)}, rss ${mb(mem.rss)}`,
  );
  for (const e of result.errors.slice(0, 5)) console.log(`  error: ${e.message}`);
}

const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
try {
  const first = join(dir, 'plan-v1.txt');
  const second = join(dir, 'plan-v2.txt');
  writeFileSync(first, planText(false));
  writeFileSync(second, planText(true));
  console.log(`input: ${mb(statSync(first).size)} (${first}), revised ${mb(statSync(second).size)}`);
  const contentDir = join(dir, 'content');
  await timed('import v1', first, 'v1', contentDir);
  await timed('import v2 (aligned with v1)', second, 'v2', contentDir, 'v1');
  const usage = process.resourceUsage();
  console.log(`peak rss (maxRSS): ${mb(usage.maxRSS * 1024)}; cpu user ${(usage.userCPUTime / 1000).toFixed(0)} ms, system ${(usage.systemCPUTime / 1000).toFixed(0)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
