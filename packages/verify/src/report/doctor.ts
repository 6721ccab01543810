// The doctor's findings as Markdown (the Action's job summary with `dry-run`): what was checked, then one
// line a finding.
import type { Cloud, Problem } from '../types.js';
import { heading, problemLine } from './markdown.js';

export interface DoctorAbout {
  service?: string;
  stage?: string;
  region: string;
  cloud: Cloud;
}

export function renderDoctorMarkdown(problems: Problem[], about: DoctorAbout): string {
  const shown = problems.filter((p) => p.level !== 'ok');
  const errors = shown.filter((p) => p.level === 'error').length;
  const verdict = errors ? `❌ ${errors} ${errors === 1 ? 'error' : 'errors'}` : '✅ no errors';
  const out = [
    heading(about.service, `dry run, ${verdict}`),
    '',
    `The function, its destinations and its role's permissions, checked on ${about.cloud} \`${about.region}\`` +
      `${about.stage ? `, stage \`${about.stage}\`` : ''}; nothing was deployed or invoked.`,
    '',
  ];
  if (shown.length === 0) out.push('No problems found.');
  else out.push(...shown.map(problemLine));
  out.push('');
  return out.join('\n');
}
