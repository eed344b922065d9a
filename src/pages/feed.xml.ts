/**
 * `/feed.xml`: an Atom feed (RFC 4287) with one entry per version, newest
 * first, so readers and archives learn of a new text.
 */
import type { APIRoute } from 'astro';
import { getSiteData, versionChanges, versionWording } from '../data/plan.ts';
import { absoluteUrl, diffUrl, FEED_URL, versionUrl, VERSIONS_URL } from '../lib/ids.ts';
import { escapeXml as xml } from '../lib/xml-escape.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  const abs = (path: string) => absoluteUrl(path, site!);
  const versions = [...data.versions].reverse();
  const updated = versions[0]?.version.date ?? '1970-01-01';
  const title = versions[0]?.version.title ?? '国土空间总体规划';
  const entries = versions.map((m) => {
    const v = m.version;
    const wording = versionWording(data, m);
    const changes = versionChanges(data, m).map((line) => `<li>${xml(line)}</li>`);
    const diff = v.previous ? `<p><a href="${xml(abs(diffUrl(v.previous, v.id)))}">逐条对照</a></p>` : '';
    const html = `<p>${xml(`${v.stage} · ${wording.status} · ${wording.basis}`)}</p>${changes.length ? `<ul>${changes.join('')}</ul>` : ''}${diff}`;
    return [
      '  <entry>',
      `    <title>${xml(`${v.label}（${v.stage}）`)}</title>`,
      `    <id>${xml(abs(versionUrl(v.id)))}</id>`,
      `    <link rel="alternate" type="text/html" href="${xml(abs(versionUrl(v.id)))}"/>`,
      `    <updated>${v.date}T00:00:00Z</updated>`,
      `    <published>${v.date}T00:00:00Z</published>`,
      `    <summary>${xml(`${v.label}（${wording.status}）：${wording.basis}`)}</summary>`,
      `    <content type="html">${xml(html)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  const body = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${xml(`${title} · 版本`)}</title>`,
    `  <id>${xml(abs(FEED_URL))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(abs(FEED_URL))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(abs(VERSIONS_URL))}"/>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <author><name>${xml(`${title} 整理站`)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
