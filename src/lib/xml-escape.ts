/**
 * Escaping text for XML and HTML written as strings (the Atom feed, the
 * static map's SVG): `&`, `<`, `>` and `"`, so a value is safe in element
 * content and in a double-quoted attribute.
 */

/** `text` with the four XML-significant characters escaped. */
export function escapeXml(text: string | number): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
