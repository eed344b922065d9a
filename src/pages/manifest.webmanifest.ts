/**
 * `/manifest.webmanifest`: makes the site installable (issue 16). The name is
 * the plan's title from content/, so another plan publishes with its own.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../data/plan.ts';
import { ICON_SIZES, iconUrl } from '../lib/app-icons.ts';

export const GET: APIRoute = async () => {
  const title = (await getSiteData()).newest?.version.title ?? '规划文本';
  const manifest = {
    name: title,
    // The title without its period in brackets, e.g. 某县国土空间总体规划.
    short_name: title.replace(/[（(].*?[）)]\s*$/, '') || title,
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
