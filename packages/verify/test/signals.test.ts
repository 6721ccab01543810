import { describe, expect, it } from '@jest/globals';
import { onTerminate } from '../src/signals.js';

describe('cleanup on SIGINT/SIGTERM', () => {
  it('runs the cleanup once, then removes its handlers', async () => {
    // A host handler of its own keeps the signal from ending this test process.
    const host = () => undefined;
    process.on('SIGTERM', host);
    const before = process.listenerCount('SIGTERM');
    let calls = 0;
    let done!: () => void;
    const finished = new Promise<void>((resolve) => {
      done = resolve;
    });
    const remove = onTerminate(async () => {
      calls++;
      done();
    });
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    process.emit('SIGTERM', 'SIGTERM');
    process.emit('SIGTERM', 'SIGTERM');
    await finished;
    await new Promise((r) => setImmediate(r));
    expect(calls).toBe(1);
    expect(process.listenerCount('SIGTERM')).toBe(before);
    remove();
    process.off('SIGTERM', host);
  });
});
