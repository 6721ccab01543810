// `local-cloud deploy`: a Serverless service (packaged by its own framework) or any CloudFormation
// template, into a running local cloud or, without one, an in-process cloud that ends with the command.
import { parseArgs } from 'node:util';
import {
  type DeployResult,
  deployServerless,
  deployTemplate,
  isStageName,
  placeholderLine,
  STAGE_RULE,
} from '@destinations-action/deploy';
import { withEndpoint } from './endpoint.js';
import { UsageError } from './usage.js';

export const DEPLOY_HELP = `Usage: local-cloud deploy --serverless <service dir> --stage S [--region R] [--param k=v ...]
                          [--strict] [--endpoint URL] [--json]
       local-cloud deploy --template <file> --stack-name N [--parameter k=v ...] [--region R]
                          [--strict] [--endpoint URL] [--json]

--serverless runs the service's own 'serverless package' (no AWS credentials needed), then deploys the
stack '<service>-<stage>' as 'serverless deploy' would: deployment bucket, code zips, update template.
--template deploys any CloudFormation template (JSON or YAML); SAM transforms are not supported.
A resource type the local cloud does not serve becomes an inert placeholder with AWS-shaped Ref and
Fn::GetAtt values, listed as a warning (a handler calling it will fail); --strict fails the deploy instead,
naming each. (--skip-unsupported, placeholders' former opt-in, is accepted and does nothing.)
The endpoint is --endpoint, else AWS_ENDPOINT_URL. With neither, the deploy goes to an in-process local
cloud that stops when the command ends: only useful to check that a template deploys.`;

export function pairs(list: string[] | undefined, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const eq = item.indexOf('=');
    if (eq < 1) throw new UsageError(`--${flag} takes name=value; got '${item}'`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

export function printResult(r: DeployResult): void {
  console.log(`${r.stackName}: ${r.noChanges ? 'no changes' : r.status} (${r.region}, ${r.endpoint})`);
  for (const res of r.resources)
    console.log(`  ${res.logicalId.padEnd(40)} ${res.type.padEnd(34)} ${res.physicalId}`);
  for (const f of r.functions) {
    const retries = f.maximumRetryAttempts === undefined ? '' : ` retries ${f.maximumRetryAttempts}`;
    const age = f.maximumEventAgeInSeconds === undefined ? '' : ` max age ${f.maximumEventAgeInSeconds}s`;
    console.log(`  function ${f.name}${retries}${age}`);
    console.log(`    onSuccess -> ${f.onSuccess ?? '(none)'}`);
    console.log(`    onFailure -> ${f.onFailure ?? '(none)'}`);
  }
  for (const [k, v] of Object.entries(r.outputs)) console.log(`  output ${k} = ${v}`);
  for (const w of r.warnings) console.warn(`warning: ${w}`);
  for (const p of r.placeholders) console.warn(`warning: not emulated: ${placeholderLine(p)}`);
}

export async function deploy(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      serverless: { type: 'string' },
      stage: { type: 'string' },
      region: { type: 'string' },
      param: { type: 'string', multiple: true },
      template: { type: 'string' },
      'stack-name': { type: 'string' },
      parameter: { type: 'string', multiple: true },
      strict: { type: 'boolean' },
      'skip-unsupported': { type: 'boolean' },
      endpoint: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(DEPLOY_HELP);
    return 0;
  }
  if (!values.serverless === !values.template)
    throw new UsageError('give one of --serverless <dir> or --template <file>');
  if (values.serverless && !values.stage) throw new UsageError('--serverless needs --stage');
  if (values.stage !== undefined && !isStageName(values.stage))
    throw new UsageError(`--stage must be ${STAGE_RULE}; got '${values.stage}'`);
  if (values.template && !values['stack-name']) throw new UsageError('--template needs --stack-name');
  if (values['skip-unsupported']) {
    if (values.strict) throw new UsageError('--strict and --skip-unsupported ask for opposite things');
    console.warn('warning: --skip-unsupported is deprecated: unsupported types are placeholders by default');
  }
  const region = values.region ?? 'us-east-1';
  return withEndpoint(values.endpoint, region, async (endpoint) => {
    const result = values.serverless
      ? await deployServerless({
          serviceDir: values.serverless,
          stage: values.stage!,
          region,
          params: pairs(values.param, 'param'),
          endpoint,
          onOutput: values.json ? undefined : (line) => console.error(`  | ${line}`),
          strict: values.strict,
        })
      : await deployTemplate({
          templateFile: values.template,
          stackName: values['stack-name']!,
          parameters: pairs(values.parameter, 'parameter'),
          region,
          endpoint,
          strict: values.strict,
        });
    if (values.json) console.log(JSON.stringify(result, null, 2));
    else printResult(result);
    return 0;
  });
}
