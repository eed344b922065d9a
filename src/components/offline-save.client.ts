/**
 * <offline-save>: the 离线保存此版本 button. Nothing is fetched until the
 * reader presses it: the first press fetches the version's list and says how
 * much will be saved; the second saves every file into a new cache with a
 * progress bar, registers the service worker (public/sw.js) that serves the
 * cache offline, and then drops older copies of the version. A saved copy
 * tells the reader when the site has changed since or a newer version exists.
 */
import { cacheVersion, formatBytes, offlineCacheName } from '../lib/offline-cache.ts';
import type { OfflineList } from '../lib/offline-list.ts';

const PARALLEL = 4;

async function savedList(version: string): Promise<{ name: string; list: OfflineList } | undefined> {
  for (const name of await caches.keys()) {
    if (cacheVersion(name) !== version) continue;
    const hit = await (await caches.open(name)).match(`/offline/${version}.json`);
    if (hit) return { name, list: (await hit.json()) as OfflineList };
  }
  return undefined;
}

async function storageUsed(): Promise<string> {
  const estimate = await navigator.storage?.estimate?.();
  return estimate?.usage !== undefined ? formatBytes(estimate.usage) : '未知';
}

class OfflineSave extends HTMLElement {
  private list: OfflineList | undefined;
  private get version() { return this.dataset.version!; }
  private el<T extends HTMLElement>(name: string): T { return this.querySelector<T>(`[data-part="${name}"]`)!; }
  private say(text: string) { this.el('status').textContent = text; }

  connectedCallback(): void {
    // Loaded on first use, only where the browser can save (offline-save-loader.client.ts).
    this.el('box').hidden = false;
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest('button')?.dataset.action;
      if (action === 'save') void this.onSave();
      if (action === 'remove') void this.removeCopy();
    });
    void this.refresh();
  }

  /** Show whether this version is saved, and whether the site has moved on since. */
  private async refresh(): Promise<void> {
    const saved = await savedList(this.version);
    const save = this.el<HTMLButtonElement>('save');
    this.el('remove').hidden = !saved;
    save.textContent = saved ? '更新离线副本' : '离线保存此版本';
    this.list = undefined;
    if (!saved) return this.say('');
    this.say(`已离线保存：${saved.list.files.length} 个文件，${formatBytes(saved.list.bytes)}。无网络时也可阅读本版本并搜索。`);
    const newest = this.dataset.newest;
    if (newest && newest !== this.version && !(await savedList(newest))) {
      this.el('newer').hidden = false;
    }
    if (!navigator.onLine) return;
    // The reader has chosen to keep this version, so a small check for changes is expected.
    const current = await this.fetchList().catch(() => undefined);
    if (current && current.hash !== saved.list.hash) this.say(`${this.el('status').textContent} 网站已更新，可更新离线副本（${formatBytes(current.bytes)}）。`);
  }

  private async fetchList(): Promise<OfflineList> {
    const response = await fetch(this.dataset.list!, { cache: 'no-store' });
    if (!response.ok) throw new Error(`${response.status}`);
    return (await response.json()) as OfflineList;
  }

  private async onSave(): Promise<void> {
    const button = this.el<HTMLButtonElement>('save');
    if (!this.list) {
      this.list = await this.fetchList().catch(() => undefined);
      if (!this.list) return this.say('无法获取文件清单，请在网络正常时重试。');
      this.say(`将保存 ${this.list.files.length} 个文件，共 ${formatBytes(this.list.bytes)}（本站目前占用 ${await storageUsed()}）。`);
      button.textContent = `开始保存（${formatBytes(this.list.bytes)}）`;
      return;
    }
    button.disabled = true;
    try {
      await this.save(this.list);
    } catch (error) {
      this.say(`保存未完成（${(error as Error).message}），请在网络正常时重试。`);
    } finally {
      button.disabled = false;
      this.el('progress').hidden = true;
    }
  }

  private async save(list: OfflineList): Promise<void> {
    await navigator.serviceWorker.register('/sw.js');
    const name = offlineCacheName(list.version, list.hash);
    const cache = await caches.open(name);
    const progress = this.el<HTMLProgressElement>('progress');
    progress.hidden = false;
    progress.max = list.bytes;
    let done = 0;
    let bytes = 0;
    const queue = [...list.files];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const response = await fetch(file.url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
        await cache.put(file.url, response);
        bytes += file.size;
        progress.value = bytes;
        this.say(`正在保存：${++done} / ${list.files.length} 个文件，${formatBytes(bytes)} / ${formatBytes(list.bytes)}`);
      }
    };
    try {
      await Promise.all(Array.from({ length: PARALLEL }, worker));
    } catch (error) {
      await caches.delete(name);
      throw error;
    }
    // Written last: a cache without its list is an unfinished copy and is never used.
    await cache.put(`/offline/${list.version}.json`, new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json' } }));
    for (const other of await caches.keys()) if (cacheVersion(other) === list.version && other !== name) await caches.delete(other);
    await this.refresh();
    this.say(`${this.el('status').textContent} 本站现占用 ${await storageUsed()}。`);
  }

  private async removeCopy(): Promise<void> {
    for (const name of await caches.keys()) if (cacheVersion(name) === this.version) await caches.delete(name);
    await this.refresh();
    this.say('已删除本版本的离线副本。');
  }
}

customElements.define('offline-save', OfflineSave);

export {};
