// Function code on disk: a zip unpacked into its own temporary directory per code revision, with nothing
// written outside it and its unzipped size bounded as Lambda bounds it.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { AwsError } from '../protocol/errors.js';
import {
  unzipFailed,
  unzippedTooLarge,
  zipEntryOutside,
  zipEntryUnderLink,
  zipLinkOutside,
} from './errors.js';
import { sdkNodeModules } from './runtime/sdkModules.js';
import { zipListing } from './zipListing.js';

export interface StoredCode {
  /** The task root: where the code is unpacked (LAMBDA_TASK_ROOT). */
  dir: string;
  /** The temporary directory holding it, removed with the code. */
  root: string;
  sha256: string;
  size: number;
}

/** Lambda's limit on a function's code once unzipped (GetAccountSettings' CodeSizeUnzipped). */
export const MAX_UNZIPPED_BYTES = 262_144_000;

class TooLarge extends Error {}

/** Whether `target` is `dir` or below it. */
const within = (dir: string, target: string) => target === dir || target.startsWith(dir + path.sep);

/**
 * Unpacks a zip; refuses what is not one with Lambda's own message. Nothing is written outside the task
 * directory: entries that would land outside, symbolic links that point outside and entries under a link
 * are refused before any file is written, and the unzipped size is bounded before anything is inflated.
 */
export function unpackZip(zip: Uint8Array): StoredCode {
  let files: Record<string, Uint8Array>;
  let links: Set<string>;
  try {
    links = new Set(
      zipListing(zip)
        .filter((e) => e.symlink)
        .map((e) => e.name),
    );
    let declared = 0;
    // fflate inflates each entry into a buffer of the size the directory declares: summing those before
    // inflating bounds the memory a zip bomb can take.
    files = unzipSync(zip, {
      filter: (f) => {
        declared += f.originalSize;
        if (declared >= MAX_UNZIPPED_BYTES) throw new TooLarge();
        return true;
      },
    });
  } catch (err) {
    throw err instanceof TooLarge ? unzippedTooLarge(MAX_UNZIPPED_BYTES) : unzipFailed();
  }
  const root = mkdtempSync(path.join(tmpdir(), 'local-cloud-fn-'));
  const dir = path.join(root, 'task');
  try {
    mkdirSync(dir);
    const plan = planEntries(dir, files, links);
    // Beside the task, so `require` and `import` both find the SDK after the code's own node_modules.
    const modules = sdkNodeModules();
    if (modules) symlinkSync(modules, path.join(root, 'node_modules'), 'dir');
    for (const { name, target, data } of plan.files) {
      if (name.endsWith('/')) {
        mkdirSync(target, { recursive: true });
        continue;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, data);
      // fflate does not carry Unix modes; `bootstrap` and shell scripts must stay executable.
      if (path.basename(name) === 'bootstrap' || name.endsWith('.sh')) chmodSync(target, 0o755);
    }
    // Links last, so that no file is written through one.
    for (const { target, pointsTo } of plan.links) {
      mkdirSync(path.dirname(target), { recursive: true });
      symlinkSync(path.relative(path.dirname(target), pointsTo) || '.', target);
    }
  } catch (err) {
    removeCode(root);
    throw err instanceof AwsError ? err : unzipFailed();
  }
  return { dir, root, sha256: createHash('sha256').update(zip).digest('base64'), size: zip.length };
}

interface Plan {
  files: { name: string; target: string; data: Uint8Array }[];
  links: { target: string; pointsTo: string }[];
}

/** Where each entry goes, checked: all inside `dir`, no link pointing out, nothing under a link. */
function planEntries(dir: string, files: Record<string, Uint8Array>, links: Set<string>): Plan {
  const plan: Plan = { files: [], links: [] };
  const linkTargets = new Set<string>();
  for (const name of Object.keys(files)) {
    const target = path.resolve(dir, name);
    if (!within(dir, target)) throw zipEntryOutside(name);
    if (links.has(name)) linkTargets.add(target);
  }
  for (const [name, data] of Object.entries(files)) {
    const target = path.resolve(dir, name);
    // Through a link an entry could land anywhere the link leads (and a link's `..` means its real place).
    for (let up = path.dirname(target); within(dir, up) && up !== dir; up = path.dirname(up)) {
      if (linkTargets.has(up)) throw zipEntryUnderLink(name);
    }
    if (!links.has(name)) {
      plan.files.push({ name, target, data });
      continue;
    }
    const text = Buffer.from(data).toString('utf8');
    const pointsTo = path.resolve(path.dirname(target), text);
    if (path.isAbsolute(text) || !within(dir, pointsTo)) throw zipLinkOutside(name, text);
    plan.links.push({ target, pointsTo });
  }
  return plan;
}

/** Removes a code directory made by unpackZip (the task root's parent). */
export function removeCode(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
