/** `/icons/icon-<size>.png`: the app icon for the web app manifest. */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { ICON_SIZES, svgToPng } from '../../lib/app-icons.ts';

export function getStaticPaths() {
  return ICON_SIZES.map((size) => ({ params: { size: String(size) } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(svgToPng(readFileSync('public/favicon.svg', 'utf8'), Number(params.size)) as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
