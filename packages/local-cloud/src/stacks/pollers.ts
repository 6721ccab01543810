// The long-running helpers resource handlers start (event source mapping pollers), stopped by id or all at once.
import type { PollerRegistry } from './types.js';

export class Pollers implements PollerRegistry {
  private readonly stops = new Map<string, () => Promise<void>>();

  start(id: string, stop: () => Promise<void>): void {
    this.stops.set(id, stop);
  }

  async stop(id: string): Promise<void> {
    const stop = this.stops.get(id);
    this.stops.delete(id);
    await stop?.();
  }

  async stopAll(): Promise<void> {
    await Promise.allSettled([...this.stops.keys()].map((id) => this.stop(id)));
  }
}
