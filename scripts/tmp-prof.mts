import { launchChromium } from '../tests/e2e/browser.ts';
import { startServer } from '../tests/e2e/serve.ts';
const q = process.argv[2] ?? '生态保护红线';
const [browser, server] = await Promise.all([launchChromium(), startServer('dist')]);
const agg = new Map<string, number>();
for (let i = 0; i < 4; i++) {
const ctx = await browser.newContext();
const page = await ctx.newPage();
await page.goto(`${server.url}/about/`, { waitUntil: 'networkidle' });
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
const ms = await page.evaluate((q) => new Promise<number>((resolve) => {
  const input = document.querySelector<HTMLInputElement>('#site-search')!;
  const t0 = performance.now();
  new MutationObserver((_, o) => { if (document.querySelector('plan-search [role="listbox"] [role="option"]')) { o.disconnect(); resolve(performance.now() - t0); } }).observe(document.querySelector('plan-search')!, { childList: true, subtree: true });
  input.focus(); input.value = q; input.dispatchEvent(new Event('input', { bubbles: true }));
}), q);
const { profile } = await cdp.send('Profiler.stop') as any;
const dt: number[] = profile.timeDeltas; const self = new Map<number, number>();
profile.samples.forEach((id: number, k: number) => self.set(id, (self.get(id) ?? 0) + (dt[k + 1] ?? 0)));
for (const n of profile.nodes) { const t = (self.get(n.id) ?? 0) / 1000; const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(server.url, '').slice(0, 60)}`; agg.set(key, (agg.get(key) ?? 0) + t); }
console.log('run', i, ms.toFixed(0));
await ctx.close();
}
[...agg].sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, v]) => console.log((v / 4).toFixed(1).padStart(7), k));
await browser.close(); await server.close();
