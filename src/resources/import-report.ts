import { RESOURCE_TABLES } from '../store/resource-directory.js';
import type { ImportReport } from './import-package.js';

/** The import report an operator reads: counts per table, then each row left out, by file and line. */
export function formatImportReport(report: ImportReport, target: string): string {
  const lines = [`Imported "${report.source}" from ${target}:`];
  for (const table of RESOURCE_TABLES) {
    const { inserted, updated } = report.counts[table];
    lines.push(`  ${table}: ${inserted} new, ${updated} updated`);
  }
  if (report.sampleServicesRemoved > 0) lines.push(`  the bundled sample (${report.sampleServicesRemoved} services) was removed`);
  if (report.problems.length === 0) lines.push('No rows skipped.');
  else {
    lines.push(`${report.problems.length} ${report.problems.length === 1 ? 'row' : 'rows'} skipped:`);
    for (const problem of report.problems) lines.push(`  ${problem.file}${problem.line === undefined ? '' : ` line ${problem.line}`}: ${problem.reason}`);
  }
  return lines.join('\n');
}
