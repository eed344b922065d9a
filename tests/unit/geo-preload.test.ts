import { describe, expect, it } from 'vitest';
import { mapPreloadPlugin, skipsPreload } from '../../src/lib/geo/vite-map-preload';

describe('the map watcher’s preload list', () => {
  it('is dropped for the interactive map chunk and kept for every other lazy import', () => {
    expect(skipsPreload('_astro/plan-map-interactive.DettjN3d.js')).toBe(true);
    expect(skipsPreload('_astro/xref-preview.client.B1a2.js')).toBe(false);
    expect(skipsPreload('_astro/leaflet-src.Dpr7hLid.js')).toBe(false);
    expect(skipsPreload('_astro/my-plan-map-interactive.x.js')).toBe(false);
  });

  it('reaches Vite as build.modulePreload.resolveDependencies, passing other lists through unchanged', () => {
    const config = (mapPreloadPlugin().config as () => { build: { modulePreload: { resolveDependencies: (f: string, d: string[]) => string[] } } })();
    const resolve = config.build.modulePreload.resolveDependencies;
    expect(resolve('_astro/plan-map-interactive.abc.js', ['_astro/rolldown-runtime.x.js'])).toEqual([]);
    expect(resolve('_astro/search-box.client.abc.js', ['_astro/rolldown-runtime.x.js'])).toEqual(['_astro/rolldown-runtime.x.js']);
  });
});
