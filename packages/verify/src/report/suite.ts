// The one table of a suite run, as the main job and `destinations e2e` with several services print it:
// a row per case, the problems under it, and one closing line with the time each step spanned.
import { NOT_EMULATED } from '../placeholders.js';
import type { SuiteResult } from '../suite/types.js';

export function renderSuite(result: SuiteResult, options: { serviceColumn?: string } = {}): string {
  const header = [
    options.serviceColumn ?? 'service',
    'case',
    'destination',
    'expected',
    'received',
    'verdict',
  ];
  const body = result.rows.map((r) => [
    r.service,
    r.case,
    r.destination,
    String(r.expected),
    String(r.received),
    r.passed ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const out = [line(header), rule, ...body.map(line)];
  for (const p of result.problems) out.push(`  - ${p}`);
  if (result.placeholders?.length) {
    out.push('', `warning: ${NOT_EMULATED}`);
    for (const p of result.placeholders) out.push(`  - ${p.service}: ${p.logicalId} (${p.type})`);
  }
  const spans = Object.entries(result.spans)
    .map(([step, s]) => `${step} ${seconds(s.from)}-${seconds(s.to)}`)
    .join(', ');
  out.push('', `${result.passed ? 'PASSED' : 'FAILED'} in ${seconds(result.durationMs)} (${spans})`);
  return out.join('\n');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
