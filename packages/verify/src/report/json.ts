// The JSON report: the versioned Report shape, written to a file for machines.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../types.js';

export async function writeJsonReport(report: Report, file: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}

export async function writeMarkdownReport(markdown: string, file: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, markdown);
}
