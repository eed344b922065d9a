/*
 * The service worker for offline reading (README, "Reading offline"). It is
 * registered only when a reader presses 离线保存此版本, and it never fetches
 * anything by itself: the page saves a version into a cache named
 * `plan-offline-<version>@<hash>` (src/components/offline-save.client.ts),
 * and this worker answers from those caches when the network fails. A page
 * that was not saved gets a short page saying so, with links to what was.
 */
const PREFIX = 'plan-offline-';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Network first: online, readers always see the published site as it is now.
  event.respondWith(fetch(request).catch(() => fromCache(request)));
});

async function fromCache(request) {
  const navigate = request.mode === 'navigate';
  // Saved URLs have no query: /search/?q=… is the saved /search/ page (its
  // script reads the query), and pagefind adds ?ts=… to its entry file.
  const hit = await caches.match(request, { ignoreSearch: true });
  if (hit) return hit;
  if (navigate) return notSaved(new URL(request.url).pathname);
  return Response.error();
}

/** The versions saved completely: their cache holds the list, which is written last. */
async function savedVersions() {
  const saved = [];
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX)) continue;
    const version = name.slice(PREFIX.length).split('@')[0];
    const list = await (await caches.open(name)).match(`/offline/${version}.json`);
    if (list) saved.push(await list.json());
  }
  return saved;
}

const escapeHtml = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

async function notSaved(path) {
  const saved = await savedVersions();
  const links = saved.map((v) => `<li><a href="/${escapeHtml(v.version)}/">${escapeHtml(v.label)}</a></li>`).join('');
  const body = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>此页未离线保存</title>
<style>body{font-family:system-ui,sans-serif;max-width:36em;margin:2em auto;padding:0 1em;line-height:1.7}</style></head>
<body><main><h1>此页未离线保存</h1><p>当前没有网络连接，<code>${escapeHtml(path)}</code> 不在已离线保存的版本中。</p>
${links ? `<p>已离线保存的版本：</p><ul>${links}</ul>` : '<p>尚未离线保存任何版本。</p>'}<p>恢复网络后即可打开此页。</p></main></body></html>`;
  return new Response(body, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
