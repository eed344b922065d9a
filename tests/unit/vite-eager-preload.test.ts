import { describe, expect, it } from 'vitest';
import { dropPreloadHelper, dropsPreloadHelper } from '../../src/lib/vite-eager-preload';

// The shapes below are copied from a build's dist/_astro/ (Rolldown's minified output).
const SEARCH_LOADER =
  'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/search-box.client.DlONe7Me.js","_astro/preload-helper.DygEbaNj.js"])))=>i.map(i=>d[i]);\n' +
  'import{t as e}from"./preload-helper.DygEbaNj.js";var t;function n(){t??=e(()=>import(`./search-box.client.DlONe7Me.js`).then(e=>e.o),__vite__mapDeps([0,1]))}';
const XREF_LOADER = 'import{t as e}from"./preload-helper.DygEbaNj.js";var t;function n(r){t??=e(()=>import(`./xref-preview.client.BXc4ux09.js`),[])}';

describe('dropping the preload helper from eager chunks', () => {
  it('replaces the helper import by a plain call and drops the preload table', () => {
    const out = dropPreloadHelper(SEARCH_LOADER);
    expect(out.helper).toBe('_astro/preload-helper.DygEbaNj.js');
    expect(out.code).toBe('const e=f=>f();var t;function n(){t??=e(()=>import(`./search-box.client.DlONe7Me.js`).then(e=>e.o),0)}');
  });

  it('keeps the lazy import itself working: the replacement calls the factory', async () => {
    const { code } = dropPreloadHelper(XREF_LOADER);
    expect(code).not.toContain('preload-helper');
    const e = new Function(`${code.split(';')[0]}; return e;`)() as (f: () => Promise<string>) => Promise<string>;
    await expect(e(() => Promise.resolve('loaded'))).resolves.toBe('loaded');
  });

  it('leaves a chunk that does not import the helper unchanged', () => {
    const code = 'customElements.define(`x`,class extends HTMLElement{});';
    expect(dropPreloadHelper(code)).toEqual({ code });
  });
});

describe('which chunks lose the helper', () => {
  // The live search's lazy chunk wraps its imports of pagefind's own files, which preload nothing.
  const LIVE_SEARCH = 'import{t as c}from"./preload-helper.DygEbaNj.js";function I(){return c(()=>import(`${M}pagefind.js`),[])}';

  it('every entry chunk', () => {
    expect(dropsPreloadHelper({ isEntry: true, code: SEARCH_LOADER })).toBe(true);
  });

  it('a lazy chunk whose calls preload nothing', () => {
    expect(dropsPreloadHelper({ isEntry: false, code: LIVE_SEARCH })).toBe(true);
    expect(dropPreloadHelper(LIVE_SEARCH).code).toBe('const c=f=>f();function I(){return c(()=>import(`${M}pagefind.js`),[])}');
  });

  it('not a lazy chunk with a table of preload lists (the interactive map preloads Leaflet)', () => {
    expect(dropsPreloadHelper({ isEntry: false, code: SEARCH_LOADER })).toBe(false);
  });
});
