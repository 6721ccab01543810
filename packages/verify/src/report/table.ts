// The console table of a report: one row a case, then each failure with its cause, the preflight's
// problems and what the local cloud did not emulate.
import { NOT_EMULATED } from '../placeholders.js';
import type { CaseResult, Report } from '../types.js';

export function renderTable(report: Report): string {
  const header = ['case', 'result', 'destination', 'received', 'missing', 'wrong', 'dup', 'p50 ms', 'max ms'];
  const rows = report.cases.map((c) => [
    c.name,
    c.passed ? 'PASS' : 'FAIL',
    c.expected.destination,
    `${c.received}/${c.invocations}`,
    String(c.missing),
    String(c.wrongDestination),
    String(c.duplicates),
    c.latencyMs ? String(c.latencyMs.p50) : '-',
    c.latencyMs ? String(c.latencyMs.max) : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  const failed = report.cases.filter((c) => !c.passed);
  for (const c of failed) out.push('', ...failureLines(c));
  const problems = report.preflight.filter((p) => p.level === 'error' || p.level === 'warning');
  if (problems.length) out.push('', 'preflight:', ...problems.map((p) => `  ${p.level}: ${p.message}`));
  if (report.placeholders?.length)
    out.push(
      '',
      `warning: ${NOT_EMULATED}`,
      ...report.placeholders.map((p) => `  ${p.logicalId} (${p.type})`),
    );
  const t = report.totals;
  out.push(
    '',
    `${report.passed ? 'PASSED' : 'FAILED'}: ${t.passed}/${t.cases} cases, ${t.received}/${t.invocations} records` +
      ` on ${report.cloud} ${report.region}${report.stage ? ` stage ${report.stage}` : ''} in ${(report.durationMs / 1000).toFixed(1)} s`,
  );
  return out.join('\n');
}

function failureLines(c: CaseResult): string[] {
  const out = [`${c.name}:`];
  for (const f of c.failures) {
    out.push(`  - ${f.message}`);
    if (f.expected !== undefined && f.kind === 'field')
      out.push(`    expected: ${short(f.expected)}`, `    got:      ${short(f.got)}`);
    if (f.cause) out.push(`    likely cause: ${f.cause}`);
  }
  return out;
}

export function short(v: unknown, max = 200): string {
  const s = v === undefined ? 'nothing' : JSON.stringify(v);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
