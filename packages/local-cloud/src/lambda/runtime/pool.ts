// The warm pool: reuses idle execution environments, starts new ones up to the function's
// concurrency, and keeps the number of live processes within what this machine can bear.
import { availableParallelism } from 'node:os';
import type { LocalCloud } from '../../cloud.js';
import { putLambdaMetric } from '../metrics.js';
import { runtimeFamily } from '../runtimes.js';
import type { FunctionVersion, LambdaFunction } from '../store.js';
import { Environment, type Invocation, type InvocationResult } from './environment.js';
import { ExecutionRoots } from './executionRoot.js';

/** Live processes at most; beyond it invocations wait for one (a local limit, not a throttle). */
export const MAX_ENVIRONMENTS = Math.max(8, availableParallelism() * 4);

/**
 * Code whose runs take less than this on average gets no more processes than the machine has cores
 * while they keep finishing runs within it: an invocation waits for one of them, since a warm process
 * serves it sooner than a new one starts and fewer processes contend for the cores. A process that has
 * been on one run for longer no longer counts, so slow runs still get new processes at once.
 */
const SHORT_MS = 4;
const CORES = availableParallelism();

interface Waiter {
  fn: LambdaFunction;
  version: FunctionVersion;
  resolve: (env: Environment) => void;
  /** When it began waiting for a warm environment instead of starting one (0: it may start one). */
  since: number;
}

export type Throttle = { throttled: 'function' | 'account' };

export class Pool {
  private readonly live = new Set<Environment>();
  private readonly idle = new Map<FunctionVersion, Environment[]>();
  private readonly inUse = new WeakMap<LambdaFunction, number>();
  private totalInUse = 0;
  private readonly waiters: Waiter[] = [];
  private pumping = false;
  private stopped = false;
  /** Average run time per code version (ms), for deciding whether to wait for a warm process. */
  private readonly runMs = new WeakMap<FunctionVersion, number>();
  private scaleTimer?: NodeJS.Timeout;
  /** Task and `/opt` directories of versions with layers. */
  private readonly roots = new ExecutionRoots();

  constructor(
    private readonly cloud: LocalCloud,
    /** Whether an environment still runs the code and configuration its function has now. */
    private readonly isCurrent: (env: Environment) => boolean,
  ) {}

  /** Runs one invocation, or reports a throttle when the function or account has no concurrency left. */
  async invoke(
    fn: LambdaFunction,
    version: FunctionVersion,
    inv: Invocation,
  ): Promise<InvocationResult | Throttle> {
    const used = this.inUse.get(fn) ?? 0;
    if (fn.reservedConcurrency !== undefined && used >= fn.reservedConcurrency)
      return { throttled: 'function' };
    if (this.totalInUse >= this.cloud.config.accountConcurrency) return { throttled: 'account' };
    this.inUse.set(fn, used + 1);
    this.totalInUse++;
    try {
      // Invocations already waiting go first; a new one only takes a process when none wait.
      const now = performance.now();
      const waitWarm = this.shouldWait(version, now);
      const env =
        (this.waiters.length === 0 && !waitWarm ? this.take(fn, version) : undefined) ??
        (await new Promise<Environment>((resolve) => {
          this.waiters.push({ fn, version, resolve, since: waitWarm ? now : 0 });
          if (waitWarm) this.armScaleTimer();
          this.pump();
        }));
      const started = performance.now();
      env.runStartedAt = started;
      // Every invocation that runs counts, sync and async alike (throttles returned above do not).
      putLambdaMetric(this.cloud, fn, 'Invocations', 1);
      putLambdaMetric(this.cloud, fn, 'ConcurrentExecutions', this.inUse.get(fn) ?? 1);
      const result = await env.run(inv);
      const took = performance.now() - started;
      putLambdaMetric(this.cloud, fn, 'Duration', result.durationMs);
      const avg = this.runMs.get(version);
      this.runMs.set(version, avg === undefined ? took : avg * 0.8 + took * 0.2);
      return result;
    } finally {
      this.inUse.set(fn, (this.inUse.get(fn) ?? 1) - 1);
      this.totalInUse--;
    }
  }

  /** Whether a new invocation should wait for a warm environment of its code rather than start one. */
  private shouldWait(version: FunctionVersion, now: number): boolean {
    const avg = this.runMs.get(version);
    if (avg === undefined || avg >= SHORT_MS || (this.idle.get(version)?.length ?? 0) > 0) return false;
    let moving = 0;
    for (const env of this.live) {
      if (env.version !== version || env.state === 'dead') continue;
      if (env.state === 'idle' || now - env.runStartedAt < SHORT_MS) moving++;
    }
    return moving >= CORES;
  }

  /** Waiters that waited SHORT_MS for a warm process in vain may start one: checked once per SHORT_MS. */
  private armScaleTimer(): void {
    if (this.scaleTimer || this.stopped) return;
    this.scaleTimer = setTimeout(() => {
      this.scaleTimer = undefined;
      const now = performance.now();
      let still = false;
      const verdicts = new Map<FunctionVersion, boolean>();
      for (const w of this.waiters) {
        if (w.since === 0) continue;
        let wait = verdicts.get(w.version);
        if (wait === undefined) {
          wait = this.shouldWait(w.version, now);
          verdicts.set(w.version, wait);
        }
        if (wait) still = true;
        else w.since = 0;
      }
      this.pump();
      if (still) this.armScaleTimer();
    }, SHORT_MS);
  }

  private take(fn: LambdaFunction, version: FunctionVersion): Environment | undefined {
    if (this.stopped) throw new Error('local cloud stopped');
    const idle = this.idle.get(version);
    const warm = idle?.pop();
    if (warm) {
      warm.state = 'busy';
      return warm;
    }
    if (this.live.size >= MAX_ENVIRONMENTS) {
      // Code that has a process waits for it rather than end another's: functions sharing the
      // machine then keep their warm processes instead of restarting each other's.
      for (const env of this.live) if (env.version === version) return undefined;
      // Make room by ending the idle environment unused the longest (lists run oldest first).
      let victim: Environment | undefined;
      for (const list of this.idle.values()) {
        if (list.length > 0 && (!victim || list[0].idleSince < victim.idleSince)) victim = list[0];
      }
      if (!victim) return undefined;
      victim.kill();
    }
    const family = runtimeFamily(version.config.Runtime);
    if (!family) throw new Error(`runtime ${version.config.Runtime} cannot run here`);
    const env = new Environment(
      this.cloud,
      fn,
      version,
      family,
      this.roots.of(version, family),
      (e) => this.onIdle(e),
      (e) => this.onDead(e),
    );
    this.live.add(env);
    this.cloud.count('EnvironmentsStarted', fn.name);
    return env;
  }

  private onIdle(env: Environment): void {
    if (this.stopped || !this.isCurrent(env)) {
      env.kill();
      return;
    }
    let list = this.idle.get(env.version);
    if (!list) {
      list = [];
      this.idle.set(env.version, list);
    }
    env.idleSince = performance.now();
    list.push(env);
    this.pump();
  }

  private onDead(env: Environment): void {
    this.live.delete(env);
    const list = this.idle.get(env.version);
    if (list) {
      const i = list.indexOf(env);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.idle.delete(env.version);
    }
    this.pump();
  }

  /**
   * Hands free environments to waiting invocations: a warm one of the same code first (in arrival
   * order among those), else a new process while there is room. Ending another function's idle
   * environment is kept for code that has no process at all, so functions sharing the machine
   * do not thrash and none starves.
   */
  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiters.length > 0 && !this.stopped) {
        const i = this.waiters.findIndex((w) => (this.idle.get(w.version)?.length ?? 0) > 0);
        if (i >= 0) {
          const w = this.waiters[i];
          const warm = this.idle.get(w.version)!.pop()!;
          warm.state = 'busy';
          this.waiters.splice(i, 1);
          w.resolve(warm);
          continue;
        }
        // Waiters still giving a warm process of their code its chance do not start one.
        let j = this.waiters.findIndex((w) => w.since === 0);
        if (j < 0) break;
        if (this.live.size >= MAX_ENVIRONMENTS) {
          const running = new Set([...this.live].map((e) => e.version));
          j = this.waiters.findIndex((w) => w.since === 0 && !running.has(w.version));
          if (j < 0) break;
        }
        const w = this.waiters[j];
        const env = this.take(w.fn, w.version);
        if (!env) break;
        this.waiters.splice(j, 1);
        w.resolve(env);
      }
    } finally {
      this.pumping = false;
    }
  }

  /** Ends idle environments of a function (its code or configuration changed, or it was deleted). */
  retire(fn: LambdaFunction): void {
    for (const env of [...this.live]) if (env.fn === fn && env.state === 'idle') env.kill();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.scaleTimer);
    for (const env of [...this.live]) env.kill();
    this.live.clear();
    this.idle.clear();
    this.roots.removeAll();
  }
}
