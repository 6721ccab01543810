// Progress on stderr: a live line on a terminal, a line every few seconds otherwise (CI logs).
import type { ProgressEvent } from '../types.js';

const CI_INTERVAL_MS = 5000;

export function progressPrinter(stream: NodeJS.WriteStream = process.stderr): {
  onProgress: (e: ProgressEvent) => void;
  done: () => void;
} {
  const tty = Boolean(stream.isTTY);
  let last = 0;
  let live = false;
  const text = (e: ProgressEvent) =>
    `[${(e.elapsedMs / 1000).toFixed(1)} s] ${e.phase}: ${e.message}` +
    (e.received !== undefined && e.expected !== undefined ? ` (${e.received}/${e.expected})` : '');
  return {
    onProgress(e) {
      const counting = e.phase === 'collect' && e.received !== undefined && e.received > 0;
      if (tty) {
        const line = text(e).slice(0, (stream.columns ?? 100) - 1);
        stream.write(`\r\x1b[2K${line}`);
        live = true;
        if (!counting) {
          stream.write('\n');
          live = false;
        }
        return;
      }
      const now = Date.now();
      if (counting && e.received !== e.expected && now - last < CI_INTERVAL_MS) return;
      last = now;
      stream.write(`${text(e)}\n`);
    },
    done() {
      if (live) stream.write('\n');
      live = false;
    },
  };
}
