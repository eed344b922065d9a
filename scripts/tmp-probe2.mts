import { launchChromium } from '../tests/e2e/browser.ts';
import { startServer } from '../tests/e2e/serve.ts';
const q = process.argv[2] ?? '生态保护红线';
const [browser, server] = await Promise.all([launchChromium(), startServer('dist')]);
for (let i = 0; i < 3; i++) {
const ctx = await browser.newContext();
const page = await ctx.newPage();
await page.goto(`${server.url}/about/`, { waitUntil: 'networkidle' });
const out = await page.evaluate((q) => new Promise<string>((resolve) => {
  const input = document.querySelector<HTMLInputElement>('#site-search')!;
  const t0 = performance.now();
  new MutationObserver((_, o) => { if (document.querySelector('plan-search [role="listbox"] [role="option"]')) { o.disconnect(); const t1 = performance.now();
    const rows = performance.getEntriesByType('resource').filter((e) => e.startTime >= t0 - 1).map((e) => `${(e.startTime - t0).toFixed(0).padStart(5)} ${(e.responseEnd - t0).toFixed(0).padStart(5)} ${e.name.replace(location.origin, '')}`);
    resolve(rows.join('\n') + `\nfirst result at ${(t1 - t0).toFixed(0)}`); } }).observe(document.querySelector('plan-search')!, { childList: true, subtree: true });
  input.focus(); input.value = q; input.dispatchEvent(new Event('input', { bubbles: true }));
}), q);
console.log(out, '\n---');
await ctx.close();
}
await browser.close(); await server.close();
