/**
 * `/<v>/plan.json` (and `/latest/plan.json`): the version as data — chapters,
 * sections, articles with keys and text, cross-references, and the sha256 of
 * the canonical text (src/lib/canonical-text.ts), so a citation can be checked
 * against the text it cited — and its downloads with their size and sha256.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData, versionStaticPaths, versionWording, type VersionRoute } from '../../data/plan.ts';
import { planJsonFor, versionDownloads } from '../../data/downloads.ts';
import { absoluteUrl } from '../../lib/ids.ts';

export const getStaticPaths: GetStaticPaths = versionStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { model } = (props as { route: VersionRoute }).route;
  const json = await planJsonFor(model, site!);
  const downloads = (await versionDownloads(model, site!)).map((f) => ({ format: f.format, url: absoluteUrl(f.url, site!), mime: f.mime, size: f.size, sha256: f.sha256 }));
  // `status` stays the data value (current/superseded); `statusLabel` is how it reads (never 现行 for a compiled edition).
  const wording = versionWording(await getSiteData(), model);
  return new Response(`${JSON.stringify({ ...json, statusLabel: wording.status, basis: wording.basis, downloads }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
