/**
 * `/manifest.webmanifest`: makes the site installable (issue 16). The names
 * are the plan's title and short name from content/site.yaml.
 */
import type { APIRoute } from 'astro';
import { ICON_SIZES, iconUrl } from '../lib/app-icons.ts';
import { siteSettings } from '../lib/site-config.ts';

export const GET: APIRoute = () => {
  const { title, shortName } = siteSettings();
  const manifest = {
    name: title,
    short_name: shortName,
    lang: 'zh-CN',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#8a1c1c',
    icons: [
      ...ICON_SIZES.map((size) => ({ src: iconUrl(size), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
};
