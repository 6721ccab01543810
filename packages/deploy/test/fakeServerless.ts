// A stand-in Serverless CLI for tests that need no cloud: a shell script that notes its arguments, its
// folder and its environment, leaves what `serverless package` leaves, and exits with a chosen code.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes `<dir>/serverless-<name>`; each run appends one line `<pwd> <args>` to `<dir>/calls`. */
export function fakeServerless(dir: string, name: string, options: { exit?: number } = {}): string {
  const file = path.join(dir, `serverless-${name}`);
  const state = JSON.stringify({
    service: { service: 'fake', provider: { name: 'aws' } },
    package: { artifactDirectoryName: 'serverless/fake/dev/1' },
  });
  const template = JSON.stringify({ Resources: {} });
  writeFileSync(
    file,
    [
      '#!/bin/sh',
      `echo "$PWD $@" >> '${path.join(dir, 'calls')}'`,
      `env > '${path.join(dir, 'env')}'`,
      'case " $* " in *" package "*)',
      `  echo "packaging for $AWS_REGION"`,
      '  mkdir -p .serverless',
      `  echo '${state}' > .serverless/serverless-state.json`,
      `  echo '${template}' > .serverless/cloudformation-template-create-stack.json`,
      `  echo '${template}' > .serverless/cloudformation-template-update-stack.json`,
      '  echo zip > .serverless/fake.zip;;',
      'esac',
      `exit ${options.exit ?? 0}`,
      '',
    ].join('\n'),
  );
  chmodSync(file, 0o755);
  return file;
}

/** The runs so far, one `<pwd> <args>` each. */
export function calls(dir: string): string[] {
  const file = path.join(dir, 'calls');
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [];
}

/** The environment the last run saw. */
export function lastEnv(dir: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(path.join(dir, 'env'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}
