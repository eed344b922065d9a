/** The importer's report: a human-readable summary and the `--json` object. */
import type { Diagnostic } from './types.ts';
import type { ImportResult, ImportSummary } from './run.ts';

/** `line 12: message “text”`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.line !== null ? `line ${d.line}: ` : ''}${d.message}${d.text ? `  “${d.text}”` : ''}`;
}

/** The report printed after an import. */
export function formatReport(r: ImportResult, input: string): string {
  const out: string[] = [];
  if (r.exitCode === 2) {
    // A usage mistake (a flag, a missing file, an existing version): no counts to show.
    return [`Import of ${input} as version ${r.version} stopped:`, ...r.errors.map((d) => `  ${formatDiagnostic(d)}`), 'Nothing written (exit 2). See npm run import -- --help.'].join('\n');
  }
  out.push(`Import of ${input} as version ${r.version}${r.encoding ? ` (${r.encoding})` : ''}`);
  if (r.numbering) out.push(`Numbering: ${r.numbering.scheme}, because ${r.numbering.reason} (--numbering overrides)`);
  for (const line of r.perChapter) out.push(`  ${line}`);
  out.push(`Totals: ${r.chapters} chapters, ${r.sections} sections, ${r.articles} articles; ${r.crossRefs} cross-references to articles, ${r.unresolved} unresolved`);
  out.push(`Warnings (${r.warnings.length}):`);
  for (const d of r.warnings) out.push(`  ${formatDiagnostic(d)}`);
  out.push(`Errors (${r.errors.length}):`);
  for (const d of r.errors) out.push(`  ${formatDiagnostic(d)}`);
  if (r.exitCode === 0) {
    if (r.unchanged) out.push(`Version ${r.version} is already imported with identical content: nothing written.`);
    else if (r.written) out.push(`Wrote ${r.written}/ (${r.files.size} files).`);
    else out.push('Dry run: nothing written.');
  } else {
    out.push(`Nothing written (exit ${r.exitCode}).`);
  }
  return out.join('\n');
}

/** The one-line JSON summary of `--json`. */
export function summaryJson(r: ImportSummary): ImportSummary {
  return {
    version: r.version,
    chapters: r.chapters,
    sections: r.sections,
    articles: r.articles,
    crossRefs: r.crossRefs,
    unresolved: r.unresolved,
    warnings: r.warnings,
    errors: r.errors,
  };
}
