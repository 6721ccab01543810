// Function and layer code on disk: a zip unpacked into its own temporary directory per code revision, with
// nothing written outside it and its unzipped size bounded as Lambda bounds it.
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
import { taskDirUnder } from './runtime/nodeModules.js';
import { zipListing } from './zipListing.js';

export interface StoredCode {
  /** The task root: where the code is unpacked (LAMBDA_TASK_ROOT). */
  dir: string;
  /** The temporary directory holding it, removed with the code. */
  root: string;
  sha256: string;
  size: number;
  /** The host's node_modules folders Node looks in after the code's own, in order (see nodeModules.ts). */
  moduleDirs: readonly string[];
}

/** Lambda's limit on a function's code once unzipped (GetAccountSettings' CodeSizeUnzipped). */
export const MAX_UNZIPPED_BYTES = 262_144_000;

/** A zip's entries, and the names of those that are symbolic links. */
export interface ZipEntries {
  files: Record<string, Uint8Array>;
  links: Set<string>;
}

class TooLarge extends Error {}

/** Whether `target` is `dir` or below it. */
const within = (dir: string, target: string) => target === dir || target.startsWith(dir + path.sep);

/**
 * A zip's entries; refuses what is not one with Lambda's own message, and a zip that would unzip to more
 * than Lambda's limit before anything is inflated.
 */
export function readZip(zip: Uint8Array): ZipEntries {
  try {
    const links = new Set(
      zipListing(zip)
        .filter((e) => e.symlink)
        .map((e) => e.name),
    );
    let declared = 0;
    // fflate inflates each entry into a buffer of the size the directory declares: summing those before
    // inflating bounds the memory a zip bomb can take.
    const files = unzipSync(zip, {
      filter: (f) => {
        declared += f.originalSize;
        if (declared >= MAX_UNZIPPED_BYTES) throw new TooLarge();
        return true;
      },
    });
    return { files, links };
  } catch (err) {
    throw err instanceof TooLarge ? unzippedTooLarge(MAX_UNZIPPED_BYTES) : unzipFailed();
  }
}

/**
 * Writes a zip's entries under `dir` (which exists). Nothing is written outside it: entries that would
 * land outside, symbolic links that point outside and entries under a link are refused before any file is
 * written.
 */
export function writeEntries({ files, links }: ZipEntries, dir: string): void {
  const plan = planEntries(dir, files, links);
  try {
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
    throw err instanceof AwsError ? err : unzipFailed();
  }
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

export function sha256(zip: Uint8Array): string {
  return createHash('sha256').update(zip).digest('base64');
}

/**
 * Unpacks a zip into a new task directory that finds `moduleDirs` after the code's own node_modules; `makeRoot`
 * makes the directory holding it (a temporary one by default). A zip refused leaves nothing behind.
 */
export function unpackZip(
  zip: Uint8Array,
  moduleDirs: readonly string[] = [],
  makeRoot: (prefix: string) => string = (prefix) => mkdtempSync(path.join(tmpdir(), prefix)),
): StoredCode {
  const entries = readZip(zip);
  const root = makeRoot('local-cloud-fn-');
  try {
    const dir = taskDirUnder(root, moduleDirs);
    writeEntries(entries, dir);
    return { dir, root, sha256: sha256(zip), size: zip.length, moduleDirs };
  } catch (err) {
    removeCode(root);
    throw err instanceof AwsError ? err : unzipFailed();
  }
}

/** Removes a directory made for code, a layer or an execution root, with all it holds. */
export function removeCode(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
