/**
 * What the three download endpoints (`src/pages/[version]/plan.{docx,pdf,txt}.ts`)
 * share: one path per version (not under /latest/, so a saved file always
 * names its version) and the response.
 */
import type { APIContext } from 'astro';
import { getSiteData, versionRoutes, type VersionRoute } from './plan.ts';
import { versionDownloads } from './downloads.ts';
import type { DownloadFormat } from '../lib/downloads/files.ts';

/** `getStaticPaths` for a download: every version under its own id. */
export async function downloadStaticPaths(): Promise<{ params: { version: string }; props: { route: VersionRoute } }[]> {
  return versionRoutes(await getSiteData())
    .filter((route) => !route.isAlias)
    .map((route) => ({ params: { version: route.segment }, props: { route } }));
}

/** The bytes of one download. */
export async function downloadResponse(context: APIContext, format: DownloadFormat): Promise<Response> {
  const { model } = (context.props as { route: VersionRoute }).route;
  const file = (await versionDownloads(model, context.site!)).find((f) => f.format === format)!;
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': file.mime } });
}
