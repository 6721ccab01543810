// The Markdown report (a GitHub job summary): the table, each failure with expected / got / likely
// cause, what the local cloud did not emulate, and a Mermaid diagram of where each case's records went.
import { resourceName } from '../arn.js';
import { NOT_EMULATED } from '../placeholders.js';
import type { CaseResult, Problem, Report } from '../types.js';
import { short } from './table.js';

export interface MarkdownOptions {
  /** The service the heading names (default serverless.yml's `service`): in a matrix, which job this is. */
  service?: string;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const t = report.totals;
  const service = options.service ?? report.service;
  const out: string[] = [
    heading(service, report.passed ? '✅ passed' : '❌ failed'),
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
    for (const p of problems) out.push(problemLine(p));
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

/** One finding of the preflight or the doctor, as a list item. */
export function problemLine(p: Problem): string {
  return `- **${p.level}**: ${esc(p.message)}`;
}

/** The heading of a report on `service`: whose it is and how it went. */
export function heading(service: string | undefined, verdict: string): string {
  return `## Lambda destinations${service ? ` of \`${tick(service)}\`` : ''}: ${verdict}`;
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

/** The colour GitHub gives failures; edges and cases that failed are drawn in it. */
const RED = '#d1242f';
/** Failures that are about records which did reach the expected destination. */
const BAD_RECORDS = new Set(['field', 'duplicate', 'unreadable']);

/**
 * A left-to-right flowchart: function -> case -> destination, each edge labelled with its record count.
 * Records that went somewhere else than expected, or nowhere, are drawn in red with their count, and a
 * failed case also points (dashed) at the destination it expected, so the two can be told apart.
 */
export function diagram(report: Report): string[] {
  const lines = ['flowchart LR'];
  const ids = new Map<string, string>();
  let links = 0;
  const red: number[] = [];
  const failedCases: string[] = [];
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
  const link = (from: string, arrow: '-->' | '-.->', label: string, to: string, failing: boolean) => {
    lines.push(`  ${from} ${arrow}${label ? `|${failing ? `"✗ ${label}"` : label}|` : ''} ${to}`);
    if (failing) red.push(links);
    links++;
  };
  const dest = (arn: string, kind: string) => id(`dest:${arn}`, `${kind}: ${resourceName(arn)}`, 'dest');
  for (const c of report.cases) {
    const f = id(`fn:${c.functionArn}`, resourceName(c.functionArn), 'fn');
    const k = id(`case:${c.function}:${c.name}`, `${c.name} ×${c.invocations}`, 'case');
    if (!c.passed) failedCases.push(k);
    link(f, '-->', '', k, false);
    const expectedKind = c.expected.destination;
    const counts = new Map<string, { n: number; kind: string; arn: string }>();
    for (const r of c.records) {
      if (r.duplicate) continue;
      // One ARN may serve both outcomes: an edge per outcome, to the one node of that ARN.
      const key = `${r.destination}|${r.destinationArn}`;
      const e = counts.get(key) ?? { n: 0, kind: r.destination, arn: r.destinationArn };
      e.n++;
      counts.set(key, e);
    }
    const badRecords = c.failures.some((x) => BAD_RECORDS.has(x.kind));
    let expectedReached = false;
    for (const { n, kind, arn } of counts.values()) {
      const expected = kind === expectedKind;
      expectedReached ||= expected;
      link(
        k,
        '-->',
        expected ? String(n) : `${n} wrong destination`,
        dest(arn, kind),
        !expected || badRecords,
      );
    }
    const expectedArn = c.expected.destinationArn ?? destinationOf(report, c);
    if (!c.passed && !expectedReached && expectedArn) {
      link(k, '-.->', `expected ${c.invocations}`, dest(expectedArn, expectedKind), true);
    }
    if (c.missing) link(k, '-.->', `${c.missing} missing`, id('missing', 'no record', 'dest'), true);
  }
  if (failedCases.length) {
    lines.push(`  classDef failed stroke:${RED},stroke-width:2px,color:${RED}`);
    lines.push(`  class ${failedCases.join(',')} failed`);
  }
  if (red.length) lines.push(`  linkStyle ${red.join(',')} stroke:${RED},stroke-width:2px,color:${RED}`);
  return lines;
}

/** The ARN of the destination a case expected, from its function's EventInvokeConfig. */
function destinationOf(report: Report, c: CaseResult): string | undefined {
  return report.functions.find((f) => f.functionArn === c.functionArn)?.destinations[c.expected.destination];
}

function esc(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

function tick(s: string): string {
  return s.replace(/`/g, "'");
}
