/**
 * Superscript and subscript figures as the characters a plan prints
 * (km², CO₂, PM₂.₅, 10⁴, 25°): the one table for every reader that meets
 * them as markup (MinerU's LaTeX, pandoc's ^2^ and ~2~, Word's <sup>/<sub>).
 */
const SUPERSCRIPTS: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', '°': '°', '′': '′' };
const SUBSCRIPTS: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋', '.': '.' };

function mapped(text: string, table: Record<string, string>): string | null {
  const chars = [...text];
  return chars.length && chars.every((c) => c in table) ? chars.map((c) => table[c]).join('') : null;
}

/** `text` as superscript characters (2 → ², ° stays °); null when a character has none. */
export function asSuperscript(text: string): string | null {
  return mapped(text, SUPERSCRIPTS);
}

/** `text` as subscript characters (2.5 → ₂.₅); null when a character has none. */
export function asSubscript(text: string): string | null {
  return mapped(text, SUBSCRIPTS);
}
