// The warm pool: reuses idle execution environments, starts new ones up to the function's
// concurrency, and keeps the number of live processes within what this machine can bear.
import { availableParallelism } from 'node:os';
import type { LocalCloud } from '../../cloud.js';
import { runtimeFamily } from '../runtimes.js';
import type { FunctionVersion, LambdaFunction } from '../store.js';
import { Environment, type Invocation, type InvocationResult } from './environment.js';

/** Live processes at most; beyond it invocations wait for one (a local limit, not a throttle). */
export const MAX_ENVIRONMENTS = Math.max(8, availableParallelism() * 4);

interface Waiter {
  fn: LambdaFunction;
  version: FunctionVersion;
  resolve: (env: Environment) => void;
}

export type Throttle = { throttled: 'function' | 'account' };

export class Pool {
  private readonly live = new Set<Environment>();
  private readonly idle = new Map<FunctionVersion, Environment[]>();
  private readonly inUse = new Map<LambdaFunction, number>();
  private totalInUse = 0;
  private readonly waiters: Waiter[] = [];
  private pumping = false;
  private stopped = false;

  constructor(
    private readonly cloud: LocalCloud,
    /** Whether an environment still runs the code and configuration its function has now. */
    private readonly isCurrent: (env: Environment) => boolean,
  ) {}

  /** Invocations running or starting now for the function. */
  concurrency(fn: LambdaFunction): number {
    return this.inUse.get(fn) ?? 0;
  }

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
      const env =
        (this.waiters.length === 0 ? this.take(fn, version) : undefined) ??
        (await new Promise<Environment>((resolve) => {
          this.waiters.push({ fn, version, resolve });
          this.pump();
        }));
      return await env.run(inv);
    } finally {
      this.inUse.set(fn, (this.inUse.get(fn) ?? 1) - 1);
      this.totalInUse--;
    }
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
      // Make room by ending the environment of some other code that sits idle.
      const victim = [...this.idle.values()].find((list) => list.length > 0)?.pop();
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
        let j = 0;
        if (this.live.size >= MAX_ENVIRONMENTS) {
          const running = new Set([...this.live].map((e) => e.version));
          j = this.waiters.findIndex((w) => !running.has(w.version));
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
    for (const env of [...this.live]) env.kill();
    this.live.clear();
    this.idle.clear();
  }
}
