// The Markdown report (a GitHub job summary): the table, each failure with expected / got / likely
// cause, what the local cloud did not emulate, and a Mermaid diagram of where each case's records went.
import { resourceName } from '../arn.js';
import { NOT_EMULATED } from '../placeholders.js';
import type { CaseResult, Report } from '../types.js';
import { short } from './table.js';

export function renderMarkdown(report: Report): string {
  const t = report.totals;
  const out: string[] = [
    `## Lambda destinations: ${report.passed ? '✅ passed' : '❌ failed'}`,
    '',
    `${t.passed} of ${t.cases} cases passed, ${t.received} of ${t.invocations} records received, on ` +
      `${report.cloud} \`${report.region}\`${report.stage ? `, stage \`${report.stage}\`` : ''}, in ${(report.durationMs / 1000).toFixed(1)} s.`,
    '',
    '| case | result | expected | received | missing | wrong destination | duplicates | latency p50 / max |',
    '|---|---|---|---|---|---|---|---|',
    ...report.cases.map(
      (c) =>
        `| ${esc(c.name)} | ${c.passed ? '✅' : '❌'} | ${c.expected.destination}: ${c.expected.condition} | ` +
        `${c.received}/${c.invocations} | ${c.missing} | ${c.wrongDestination} | ${c.duplicates} | ` +
        `${c.latencyMs ? `${c.latencyMs.p50} / ${c.latencyMs.max} ms` : '-'} |`,
    ),
  ];
  const failed = report.cases.filter((c) => !c.passed);
  if (failed.length) {
    out.push('', '### Failures');
    for (const c of failed) out.push('', ...failureSection(c));
  }
  const problems = report.preflight.filter((p) => p.level !== 'ok');
  if (problems.length) {
    out.push('', '### Preflight', '');
    for (const p of problems) out.push(`- **${p.level}**: ${esc(p.message)}`);
  }
  if (report.placeholders?.length) {
    out.push(
      '',
      '### Not emulated',
      '',
      `> [!WARNING]\n> ${NOT_EMULATED}`,
      '',
      '| resource | type |',
      '|---|---|',
    );
    for (const p of report.placeholders) out.push(`| ${esc(p.logicalId)} | \`${p.type}\` |`);
  }
  out.push('', '### Where the records went', '', '```mermaid', ...diagram(report), '```', '');
  return out.join('\n');
}

function failureSection(c: CaseResult): string[] {
  const out = [`#### ${esc(c.name)}`, ''];
  for (const f of c.failures) {
    out.push(`- ${esc(f.message)}`);
    if (f.expected !== undefined) out.push(`  - expected: \`${tick(short(f.expected))}\``);
    if (f.expected !== undefined) out.push(`  - got: \`${tick(short(f.got))}\``);
    if (f.cause) out.push(`  - most likely cause: ${esc(f.cause)}`);
  }
  return out;
}

/** A left-to-right flowchart: function -> case -> destination, edges labelled with record counts. */
export function diagram(report: Report): string[] {
  const lines = ['flowchart LR'];
  const ids = new Map<string, string>();
  const id = (key: string, label: string, shape: 'fn' | 'case' | 'dest') => {
    let v = ids.get(key);
    if (!v) {
      v = `n${ids.size}`;
      ids.set(key, v);
      const l = label.replace(/"/g, "'");
      lines.push(
        shape === 'fn' ? `  ${v}(["${l}"])` : shape === 'case' ? `  ${v}["${l}"]` : `  ${v}[("${l}")]`,
      );
    }
    return v;
  };
  for (const c of report.cases) {
    const f = id(`fn:${c.functionArn}`, resourceName(c.functionArn), 'fn');
    const k = id(`case:${c.function}:${c.name}`, `${c.name} ×${c.invocations}`, 'case');
    lines.push(`  ${f} --> ${k}`);
    const counts = new Map<string, { n: number; kind: string }>();
    for (const r of c.records) {
      if (r.duplicate) continue;
      const e = counts.get(r.destinationArn) ?? { n: 0, kind: r.destination };
      e.n++;
      counts.set(r.destinationArn, e);
    }
    for (const [arn, { n, kind }] of counts) {
      const d = id(`dest:${arn}`, `${kind}: ${resourceName(arn)}`, 'dest');
      lines.push(`  ${k} -->|${n}| ${d}`);
    }
    if (c.missing) {
      const m = id('missing', 'no record', 'dest');
      lines.push(`  ${k} -.->|${c.missing}| ${m}`);
    }
  }
  return lines;
}

function esc(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

function tick(s: string): string {
  return s.replace(/`/g, "'");
}
