// The shapes of a suite: several services end to end on one local cloud, and what it reports.
import type { Placeholder, Report } from '../types.js';

export interface SuiteService {
  /** The name the table and the messages use. */
  name: string;
  serviceDir: string;
  /**
   * Holds destinations the others send to (e.g. a stage's "already existing" queues): deployed before
   * any other service, removed after them, not verified.
   */
  infra?: boolean;
}

export interface SuiteOptions {
  services: SuiteService[];
  /** Default `dev`. */
  stage?: string;
  /** Default `us-east-1`. */
  region?: string;
  /** A running local cloud; default AWS_ENDPOINT_URL, else one in this process, stopped at the end. */
  endpoint?: string;
  /** Time scale of the in-process local cloud (default 0.001). */
  timeScale?: number;
  /** Interpreters of the in-process local cloud, by runtime or family (`--python`, `--node`). */
  interpreters?: Record<string, string>;
  /** Package every service again, even one whose inputs did not change since its last package. */
  repackage?: boolean;
  /** Leave the stacks deployed. */
  keep?: boolean;
  /** The Serverless CLI that packages; default each service's own. */
  serverlessCommand?: string;
  /** `serverless package` runs at once (default 2: it is CPU-bound). */
  packagers?: number;
  /** Fail a service's deploy when it has resource types the local cloud does not serve (no placeholders). */
  strict?: boolean;
  /** One line per step done (packaged, deployed, a deploy warning). */
  onLog?: (line: string) => void;
}

export type SuiteStep = 'package' | 'deploy' | 'verify' | 'remove';

/** One row of the suite's table: a case of a service, or a step of a service that broke. */
export interface SuiteRow {
  service: string;
  case: string;
  destination: string;
  expected: number | '';
  received: number | '';
  passed: boolean;
}

export interface SuiteResult {
  passed: boolean;
  stage: string;
  region: string;
  rows: SuiteRow[];
  /** One line per failed case and per step that broke. */
  problems: string[];
  errors: { service: string; step: SuiteStep; message: string }[];
  /** Each verified service's report. */
  reports: Record<string, Report>;
  /** What the local cloud did not emulate, per service: inert placeholders, a handler calling one fails. */
  placeholders?: ({ service: string } & Placeholder)[];
  /** For each step, when it first started and last ended (ms since the suite began): steps overlap. */
  spans: Partial<Record<SuiteStep, { from: number; to: number }>>;
  durationMs: number;
}
