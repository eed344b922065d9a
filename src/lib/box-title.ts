/**
 * 专栏 boxes of a plan text (issue 11): `专栏1 重点项目`, `专栏 3-1 …`, `专栏三`.
 * The importer recognises their titles and the site anchors them; both read
 * the number here.
 */

/** 专栏1 / 专栏 3-1 / 专栏三 at the start of a line, with the number in group 1. */
export const BOX_TITLE = /^专栏[\s\u3000]*([0-9０-９一二三四五六七八九十]+(?:[-－—.．][0-9０-９]+)?)(?=$|[\s\u3000:：、])/;

/** The anchor of a box title: `box-1`, `box-3-1`, `box-三`; null when the text is no box title. */
export function boxAnchor(title: string): string | null {
  const m = BOX_TITLE.exec(title.trim());
  if (!m) return null;
  const n = m[1]!.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[-－—.．]/g, '-');
  return `box-${n}`;
}
