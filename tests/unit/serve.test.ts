import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentTypeFor, startServer, type StaticServer } from '../e2e/serve.ts';

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-test-'));
  mkdirSync(join(root, 'ed2', '4', '2'), { recursive: true });
  mkdirSync(join(root, 'pagefind'), { recursive: true });
  writeFileSync(join(root, 'ed2', '4', '2', 'index.html'), '<p>第四章第二节</p>');
  writeFileSync(join(root, '404.html'), '<p>未找到页面</p>');
  writeFileSync(join(root, 'search-index.json'), '{}');
  writeFileSync(join(root, 'pagefind', 'zh-cn_1.pf_meta'), 'x');
  server = await startServer(root);
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(server.url + path, { redirect: 'manual' });

describe('startServer', () => {
  it('serves a directory index with an HTML content type', async () => {
    const r = await get('/ed2/4/2/');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await r.text()).toContain('第四章第二节');
  });

  it('redirects a directory asked for without its slash, keeping the query', async () => {
    const r = await get('/ed2/4/2?q=1');
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/ed2/4/2/?q=1');
  });

  it('answers a missing path with 404.html and status 404', async () => {
    const r = await get('/ed9/1/');
    expect(r.status).toBe(404);
    expect(await r.text()).toContain('未找到页面');
  });

  it('does not leave the served folder, encoded or not', async () => {
    for (const path of ['/../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/%E0%A4%A']) {
      expect((await get(path)).status).toBe(404);
    }
  });

  it('gives JSON and pagefind chunks their content types', async () => {
    expect((await get('/search-index.json')).headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('x.pf_meta')).toBe('application/octet-stream');
    expect(contentTypeFor('pagefind.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('wasm.unknown.pagefind')).toBe('application/octet-stream');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(server.url + '/', { method: 'POST' })).status).toBe(405);
  });
});
