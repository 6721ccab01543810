// The Action's inputs, read from the runner and checked, each error naming the input it is about.
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
// The stage rule and the command check alone: the verifier's entry would load every SDK client before the
// first input is read.
import { commandExists } from '@destinations-action/deploy/command';
import { isStageName, STAGE_RULE } from '@destinations-action/deploy/stageName';

export type Cloud = 'aws' | 'local';

export interface ActionInputs {
  /** The service's directory, absolute. */
  workingDirectory: string;
  /** The verification spec, absolute. */
  spec: string;
  /** Undefined: derived from the run (see stage.ts). */
  stage?: string;
  region: string;
  cloud: Cloud;
  endpointUrl?: string;
  deploy: boolean;
  remove: boolean;
  /** Undefined: the service's own node_modules/.bin/serverless. */
  serverlessCommand?: string;
  timeoutSeconds?: number;
  failOnDuplicates: boolean;
  /** Local cloud: resource types it does not serve fail the deploy instead of becoming placeholders. */
  strict: boolean;
  maskAwsAccountId: boolean;
  githubToken?: string;
  /** Which sticky comment on the pull request is this run's: one per service. */
  commentKey: string;
  /** Only the doctor: nothing deployed, invoked or removed. */
  dryRun: boolean;
  /** The folders, absolute, of services deployed first (the affected matrix's `needs`). */
  needs: string[];
}

/** A bad input: the message names it, and the Action fails before touching anything. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

// It goes inside an HTML comment, which '--' would end early.
const COMMENT_KEY = /^(?!.*--)[\w./@:+-]{1,100}$/;

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;

export function readInputs(workspace = process.env.GITHUB_WORKSPACE || process.cwd()): ActionInputs {
  const workingDirectory = path.resolve(workspace, core.getInput('working-directory') || '.');
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw new InputError(
      `Input 'working-directory' must be a directory holding the service; ${shown(workspace, workingDirectory)} is not one`,
    );
  }
  const spec = path.resolve(workingDirectory, core.getInput('spec') || 'destinations.yml');
  if (!existsSync(spec) || !statSync(spec).isFile()) {
    throw new InputError(
      `Input 'spec' must name the verification spec; no file at ${shown(workspace, spec)}`,
    );
  }

  // The spec is the repository's: a path (or a link) leading out of the workspace is refused.
  if (!isInside(realpathSync(spec), realpathSync(workspace))) {
    throw new InputError(
      `Input 'spec' must name a file inside the repository (${workspace}); ${core.getInput('spec')} resolves to ${realpathSync(spec)}`,
    );
  }

  const cloud = oneOf('cloud', ['aws', 'local'] as const, 'aws');
  const stage = core.getInput('stage') || undefined;
  // A stage becomes part of a CloudFormation stack name `<service>-<stage>`; the CLI checks the same.
  if (stage !== undefined && !isStageName(stage)) {
    throw new InputError(`Input 'stage' must be ${STAGE_RULE}; got '${stage}'`);
  }
  const region =
    core.getInput('region') || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1';
  if (!REGION.test(region)) {
    throw new InputError(`Input 'region' must be an AWS region such as 'us-east-1'; got '${region}'`);
  }
  const endpointUrl = core.getInput('endpoint-url') || undefined;
  if (endpointUrl !== undefined && !isHttpUrl(endpointUrl)) {
    throw new InputError(`Input 'endpoint-url' must be an http(s) URL; got '${endpointUrl}'`);
  }
  const deploy = bool('deploy', true);
  if (cloud === 'local' && !deploy && endpointUrl === undefined) {
    throw new InputError(
      `Input 'deploy' may be false with cloud 'local' only when 'endpoint-url' names a running local cloud the stage is deployed in`,
    );
  }
  const serverlessCommand = core.getInput('serverless-command') || undefined;
  if (serverlessCommand !== undefined && !commandExists(serverlessCommand, workingDirectory)) {
    throw new InputError(
      `Input 'serverless-command' must start a program: '${serverlessCommand}' is not a file that can run nor a command on the PATH`,
    );
  }
  const dryRun = bool('dry-run', false);
  // An in-process local cloud starts empty: there would be nothing deployed to check.
  if (dryRun && cloud === 'local' && endpointUrl === undefined && !process.env.AWS_ENDPOINT_URL) {
    throw new InputError(
      `Input 'dry-run' checks a stage deployed already: with cloud 'local' it needs 'endpoint-url' naming the running local cloud the stage is in`,
    );
  }
  const timeout = core.getInput('timeout');
  let timeoutSeconds: number | undefined;
  if (timeout !== '') {
    timeoutSeconds = Number(timeout);
    if (!Number.isInteger(timeoutSeconds) || timeoutSeconds <= 0) {
      throw new InputError(`Input 'timeout' must be a whole number of seconds above 0; got '${timeout}'`);
    }
  }
  return {
    workingDirectory,
    spec,
    stage,
    region,
    cloud,
    endpointUrl,
    deploy,
    remove: bool('remove', false),
    serverlessCommand,
    timeoutSeconds,
    failOnDuplicates: bool('fail-on-duplicates', false),
    strict: bool('strict', false),
    maskAwsAccountId: bool('mask-aws-account-id', false),
    githubToken: core.getInput('github-token') || undefined,
    commentKey: commentKey(workspace, workingDirectory),
    dryRun,
    needs: needs(workspace),
  };
}

/** Folders relative to the repository, separated by spaces, commas or lines (`join(matrix.needs, ' ')`). */
function needs(workspace: string): string[] {
  const folders = core
    .getInput('needs')
    .split(/[\s,]+/)
    .filter((f) => f !== '');
  return folders.map((f) => {
    const dir = path.resolve(workspace, f);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new InputError(
        `Input 'needs' must name the folders of services to deploy first; ${shown(workspace, dir)} is not one`,
      );
    }
    return dir;
  });
}

/** The input, else the working directory as the repository names it (`.` at its root). */
function commentKey(workspace: string, workingDirectory: string): string {
  const asked = core.getInput('comment-key');
  if (asked !== '' && !COMMENT_KEY.test(asked)) {
    throw new InputError(
      `Input 'comment-key' must be 1 to 100 letters, digits or . _ / @ : + -, without '--'; got '${asked}'`,
    );
  }
  return asked || shown(workspace, workingDirectory).split(path.sep).join('/');
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    const list = allowed.map((a) => `'${a}'`).join(allowed.length === 2 ? ' or ' : ', ');
    throw new InputError(`Input '${name}' must be ${list}; got '${value}'`);
  }
  return value as T;
}

// The YAML 1.2 core schema's booleans, as core.getBooleanInput takes them, with an error naming the input.
function bool(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`Input '${name}' must be 'true' or 'false'; got '${value}'`);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function isInside(file: string, root: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function shown(workspace: string, file: string): string {
  const rel = path.relative(workspace, file);
  return rel === '' ? '.' : rel.startsWith('..') ? file : rel;
}
