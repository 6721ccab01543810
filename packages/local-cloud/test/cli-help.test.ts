// `local-cloud <command> --help` (and -h) works for every command the top-level help lists.
import { afterEach, expect, it, jest } from '@jest/globals';
import { main } from '../src/cli.js';

afterEach(() => {
  jest.restoreAllMocks();
});

function capture(): string[] {
  const lines: string[] = [];
  jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  return lines;
}

it('prints the usage of every listed command, with exit code 0', async () => {
  const top = capture();
  await expect(main(['--help'])).resolves.toBe(0);
  const listed = top
    .join('\n')
    .split('Commands:\n')[1]
    .split('\n\n')[0]
    .split('\n')
    .map((l) => l.trim().split(/\s+/)[0]);
  expect(listed).toEqual(['start', 'deploy', 'remove', 'status']);
  for (const command of listed) {
    for (const flag of ['--help', '-h']) {
      jest.restoreAllMocks();
      const out = capture();
      await expect(main([command, flag])).resolves.toBe(0);
      expect(out.join('\n')).toContain(`Usage: local-cloud ${command}`);
    }
  }
});
