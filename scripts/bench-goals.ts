/**
 * Issue #17's goals, each against the figure `npm run bench` measured for it,
 * with a verdict: the one place that says which goals hold. Pure: the bench
 * steps gather the figures (bench-browser.ts, bench-search.ts, the build and
 * scaling steps of bench.ts) and this judges them.
 */

/** What one Chromium page-weight row says (gzip bytes), by page kind and device. */
export interface BrowserFigure {
  kind: string;
  device: string;
  first: number;
  second: number;
  /** Inline scripts that run, in the first page's HTML (bench-browser.ts `inlineScripts`). */
  inlineScripts: number;
}

/** The search timings and bytes (ms; gzip bytes). */
export interface SearchFigures {
  coldMaxMs: number;
  warmMaxAfterDebounceMs: number;
  coldBytesMedian: number;
  coldBytesMax: number;
}

/** Our cold build and Starlight's on the same section files (ms per section, median), and the pages each built. */
export interface PeerFigures {
  oursPerSection: number;
  peerPerSection: number;
  oursPages: number;
  peerPages: number;
}

/** The generated plan at 1× and 10× (median ms; peak KB of the largest process). */
export interface ScalingFigures {
  oneMs: number;
  tenMs: number;
  tenPeakKb: number | undefined;
}

export interface GoalFigures {
  browser?: BrowserFigure[];
  search?: SearchFigures;
  peer?: PeerFigures;
  scaling?: ScalingFigures;
}

/** One goal: what it asks, what was measured, and whether it holds (null: not measured in this run). */
export interface GoalRow {
  goal: string;
  measured: string;
  met: boolean | null;
}

const KB = 1024;
const kb = (bytes: number) => (bytes / KB).toFixed(1);

/** Every goal of issue #17, in the order, judged on `f`. */
export function judgeGoals(f: GoalFigures): GoalRow[] {
  return [...pageGoals(f.browser), ...searchGoals(f.search), ...buildGoals(f.peer, f.scaling)];
}

function pageGoals(rows: BrowserFigure[] | undefined): GoalRow[] {
  const text = rows?.filter((r) => r.kind === 'section' || r.kind === 'article') ?? [];
  const home = rows?.filter((r) => r.kind === 'home') ?? [];
  const worst = (xs: BrowserFigure[], pick: (r: BrowserFigure) => number) => xs.reduce<BrowserFigure | undefined>((a, r) => (!a || pick(r) > pick(a) ? r : a), undefined);
  const row = (goal: string, xs: BrowserFigure[], pick: (r: BrowserFigure) => number, limit: number): GoalRow => {
    const w = worst(xs, pick);
    return w ? { goal, measured: `${kb(pick(w))} KB (${w.kind}, ${w.device}, the heaviest)`, met: pick(w) <= limit * KB } : { goal, measured: 'not measured', met: null };
  };
  const scripts = worst(rows ?? [], (r) => r.inlineScripts);
  return [
    row('section and article pages ≤ 7 KB on a first visit', text, (r) => r.first, 7),
    row('a second page of the same kind ≤ 4 KB', text, (r) => r.second, 4),
    { goal: 'no inline script but the colour scheme’s', measured: scripts ? `${scripts.inlineScripts} on a ${scripts.kind} page` : 'not measured', met: scripts ? scripts.inlineScripts <= 1 : null },
    row('home ≤ 15 KB at load', home, (r) => r.first, 15),
  ];
}

function searchGoals(s: SearchFigures | undefined): GoalRow[] {
  if (!s) return ['search: first results ≤ 300 ms cold', 'search: ≤ 100 ms warm, after the debounce', 'search: ≤ 100 KB fetched before the first results'].map((goal) => ({ goal, measured: 'not measured', met: null }));
  return [
    { goal: 'search: first results ≤ 300 ms cold', measured: `${s.coldMaxMs.toFixed(0)} ms (the slowest of the run)`, met: s.coldMaxMs <= 300 },
    { goal: 'search: ≤ 100 ms warm, after the debounce', measured: `${s.warmMaxAfterDebounceMs.toFixed(0)} ms (the slowest)`, met: s.warmMaxAfterDebounceMs <= 100 },
    { goal: 'search: ≤ 100 KB fetched before the first results', measured: `${kb(s.coldBytesMedian)} KB median, ${kb(s.coldBytesMax)} KB max`, met: s.coldBytesMax <= 100 * KB },
  ];
}

function buildGoals(p: PeerFigures | undefined, s: ScalingFigures | undefined): GoalRow[] {
  const perSection: GoalRow = p
    ? { goal: 'build: per section of plan text no slower than Starlight', measured: `${p.oursPerSection.toFixed(0)} ms against ${p.peerPerSection.toFixed(0)} ms (${p.oursPages} pages against ${p.peerPages})`, met: p.oursPerSection <= p.peerPerSection }
    : { goal: 'build: per section of plan text no slower than Starlight', measured: 'not measured', met: null };
  if (!s) return [perSection, ...['build: 10× content ≤ 10× the time', 'build: 10× content ≤ 1 GB'].map((goal) => ({ goal, measured: 'not measured', met: null }))];
  const ratio = s.tenMs / s.oneMs;
  const peakMb = s.tenPeakKb === undefined ? undefined : s.tenPeakKb / 1024;
  return [
    perSection,
    { goal: 'build: 10× content ≤ 10× the time', measured: `${ratio.toFixed(1)}×`, met: ratio <= 10 },
    { goal: 'build: 10× content ≤ 1 GB', measured: peakMb === undefined ? 'peak not measured' : `${peakMb.toFixed(0)} MB peak`, met: peakMb === undefined ? null : peakMb <= 1024 },
  ];
}

/** The rows as a Markdown table. */
export function goalsTable(rows: GoalRow[]): string {
  const mark = (m: boolean | null) => (m === null ? '–' : m ? 'met' : '**not met**');
  return ['| goal | measured | verdict |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.goal} | ${r.measured} | ${mark(r.met)} |`)].join('\n');
}
