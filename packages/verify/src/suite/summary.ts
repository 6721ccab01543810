// A suite's rows and problems: one row per case in the services' order, one per step that broke.
import type { Report } from '../types.js';
import type { SuiteResult, SuiteRow, SuiteService } from './types.js';

export function summarize(
  services: SuiteService[],
  errors: SuiteResult['errors'],
  reports: Record<string, Report>,
): { rows: SuiteRow[]; problems: string[] } {
  const rows: SuiteRow[] = [];
  const problems: string[] = [];
  for (const s of services) {
    for (const e of errors.filter((x) => x.service === s.name)) {
      rows.push({
        service: s.name,
        case: `(${e.step})`,
        destination: '',
        expected: '',
        received: '',
        passed: false,
      });
      problems.push(`${s.name}: ${e.step} failed: ${e.message}`);
    }
    const report = reports[s.name];
    if (!report) continue;
    rows.push(...rowsOf(s.name, report));
    for (const c of report.cases)
      for (const f of c.failures)
        problems.push(`${s.name} / ${c.name}: ${f.message}${f.cause ? ` (${f.cause})` : ''}`);
  }
  // Infra alone has no cases: deploying and removing it is the whole check.
  if (services.every((s) => s.infra) && problems.length === 0)
    for (const s of services)
      rows.push({
        service: s.name,
        case: 'deploy, remove',
        destination: '',
        expected: '',
        received: '',
        passed: true,
      });
  return { rows, problems };
}

/** One row per case: where its records must land, how many were sent and how many came. */
function rowsOf(service: string, report: Report): SuiteRow[] {
  const several = new Set(report.cases.map((c) => c.function)).size > 1;
  return report.cases.map((c) => ({
    service,
    case: several ? `${c.function.split(/[:-]/).pop()}: ${c.name}` : c.name,
    destination: `${c.expected.destination} ${describeArn(c.expected.destinationArn)}`.trim(),
    expected: c.invocations,
    received: c.received,
    passed: c.passed,
  }));
}

/** `arn:aws:sqs:us-east-1:000000000000:successQueue-dev` -> `(SQS successQueue-dev)`. */
export function describeArn(arn: string | undefined): string {
  if (!arn) return '';
  const [, , service, , , ...rest] = arn.split(':');
  const resource = rest.join(':');
  const kinds: Record<string, string> = {
    sqs: 'SQS',
    sns: 'SNS',
    events: 'EventBridge',
    lambda: 'Lambda',
    s3: 'S3',
  };
  const name = service === 'lambda' ? resource.split(':')[1] : resource.split('/').pop();
  return `(${kinds[service] ?? service} ${name})`;
}
