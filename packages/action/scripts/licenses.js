// The third-party licence file of a bundle: from esbuild's metafile, every npm package whose code went into
// the bundle, with its name, version, licence and licence text (the bundle itself keeps no legal comments).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A package's own licence and notice files (Apache-2.0 asks for NOTICE to travel with the code). */
const LICENCE_FILE = /^(licen[cs]e|copying)([.-].*)?$/i;
const NOTICE_FILE = /^notice([.-].*)?$/i;

/**
 * The package directories behind the metafile's inputs (paths relative to `absWorkingDir`): for
 * `.../node_modules/@scope/name/dist/x.js` that is `.../node_modules/@scope/name`.
 */
function bundledPackages(metafile, absWorkingDir) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.split(path.sep).join('/'));
    if (m) dirs.add(path.resolve(absWorkingDir, m[1]));
  }
  return [...dirs];
}

function readFirst(dir, pattern) {
  const file = readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()[0];
  return file ? readFileSync(path.join(dir, file), 'utf8').replace(/\r\n/g, '\n').trim() : undefined;
}

const scope = (name) => (name.startsWith('@') ? name.split('/')[0] : undefined);

/**
 * One entry per package and version (name, version, licence, text), sorted; throws when a bundled package
 * declares no licence, so no code of unknown terms ships unnoticed. A package that ships no licence file
 * (a few of the AWS SDK's) gets the text its scope's other packages ship under the same licence.
 */
export function licences(metafile, absWorkingDir) {
  const byKey = new Map();
  for (const dir of bundledPackages(metafile, absWorkingDir)) {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const licence = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type;
    if (!licence) throw new Error(`bundle: ${pkg.name}@${pkg.version} (${dir}) declares no licence`);
    const entry = {
      name: pkg.name,
      version: pkg.version,
      licence,
      text: readFirst(dir, LICENCE_FILE),
      notice: readFirst(dir, NOTICE_FILE),
    };
    // The same version installed twice (nested node_modules) is one entry.
    byKey.set(`${entry.name}@${entry.version}`, byKey.get(`${entry.name}@${entry.version}`) ?? entry);
  }
  const entries = [...byKey.values()];
  for (const e of entries.filter((x) => !x.text)) {
    const sibling = entries.find(
      (x) => x.text && x.licence === e.licence && scope(x.name) && scope(x.name) === scope(e.name),
    );
    if (sibling) Object.assign(e, { text: sibling.text, textFrom: sibling.name });
  }
  // Code-unit order, not the locale's: the same file on every machine.
  const key = (e) => `${e.name}@${e.version}`;
  return entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * The licence file's text: the packages, then each distinct licence text once with the packages it
 * covers (the AWS SDK's hundred packages share one Apache-2.0 text).
 */
export function licenceFile(entries) {
  const groups = new Map();
  for (const e of entries) {
    const body = [
      e.text ?? `(${e.name} ships no licence file; its package.json says ${e.licence}.)`,
      e.notice,
    ]
      .filter(Boolean)
      .join('\n\n');
    const key = `${e.licence}\n${body}`;
    if (!groups.has(key)) groups.set(key, { licence: e.licence, body, packages: [] });
    groups.get(key).packages.push(`${e.name}@${e.version}`);
  }
  const lines = [
    'Third-party software in this bundle, with its licences.',
    '',
    ...entries.map(
      (e) =>
        `${e.name}@${e.version}  ${e.licence}${e.textFrom ? ` (ships no licence file: the text is ${e.textFrom}'s)` : ''}`,
    ),
  ];
  for (const g of groups.values()) {
    lines.push('', '-'.repeat(78), '', `${g.licence}: ${g.packages.join(', ')}`, '', g.body);
  }
  return `${lines.join('\n')}\n`;
}
