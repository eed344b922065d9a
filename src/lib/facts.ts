/**
 * The public facts the compiled edition may state (content/sources/facts.md):
 * a Markdown table of id, fact and source. Parsed so the about page can give
 * each fact an anchor (`/about/#f8`) that section `sources` link to.
 */

/** One row of facts.md. */
export interface Fact {
  /** F1, F2… */
  id: string;
  fact: string;
  source: string;
}

/** Read the fact rows (`| F1 | … | … |`) of facts.md; other lines are ignored. */
export function parseFacts(markdown: string): Fact[] {
  const facts: Fact[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
    if (cells.length >= 3 && /^F[1-9]\d*$/.test(cells[0]!)) {
      facts.push({ id: cells[0]!, fact: cells[1]!, source: cells.slice(2).join(' | ') });
    }
  }
  return facts;
}

/** The anchor of a fact on the about page: F8 → `f8`. */
export function factAnchor(id: string): string {
  return id.toLowerCase();
}
