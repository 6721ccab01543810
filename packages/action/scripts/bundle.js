// Bundles the Action (src/index.ts, src/post.ts; src/affected.ts for affected/action.yml) into dist/ with
// esbuild, with the workspace packages it uses built from their sources and their non-TypeScript files
// (runtime bootstraps, schemas) copied beside, a source map per file and licenses.txt for the third-party
// code inside.
//   node scripts/bundle.js [outdir]     (default dist/; the bundle test builds elsewhere to compare)
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { licenceFile, licences } from './licenses.js';

const root = path.resolve(import.meta.dirname, '..');
const packages = path.resolve(root, '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
/** Workspace packages bundled from source; each gets dist/<name>/ for its files. */
const WORKSPACE = ['deploy', 'local-cloud', 'verify'];

// A bundled module's import.meta.url is dist/index.js; each workspace module instead sees the place its
// source would have in dist/<package>/, so files it resolves relative to itself are found there.
const relocate = {
  name: 'relocate-import-meta',
  setup(b) {
    const filter = new RegExp(`[\\\\/]packages[\\\\/](${WORKSPACE.join('|')})[\\\\/].*\\.ts$`);
    b.onLoad({ filter }, (args) => {
      const rel = path.relative(packages, args.path).split(path.sep).join('/').replace(/\.ts$/, '.js');
      const url = `new URL(${JSON.stringify(`./${rel}`)}, import.meta.url).href`;
      const dir = `new URL(${JSON.stringify(`./${path.posix.dirname(rel)}/`)}, import.meta.url)`;
      // import.meta.url first: the two replacements after it insert import.meta.url of their own.
      const contents = readFileSync(args.path, 'utf8')
        .replaceAll('import.meta.url', url)
        .replaceAll('import.meta.dirname', `__actionFileURLToPath(${dir}).replace(/[\\\\/]$/, '')`)
        .replaceAll('import.meta.filename', `__actionFileURLToPath(${url})`);
      return { contents, loader: 'ts' };
    });
  },
};

// dynalite (the local cloud's DynamoDB) requires its operation modules by computed names, which esbuild
// bundles only with their extension written; and it imports `level` (a native LevelDB binding) for tables
// on disk, which the local cloud never uses: in memory it needs only `memory-level`.
const dynalite = {
  name: 'dynalite',
  setup(b) {
    b.onResolve({ filter: /^level$/ }, (args) =>
      args.importer.includes(`${path.sep}dynalite${path.sep}`)
        ? { path: 'level', namespace: 'no-disk' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-disk' }, () => ({
      contents:
        "exports.Level = class Level { constructor() { throw new Error('DynamoDB tables on disk are not available in the Action'); } };",
      loader: 'js',
    }));
    b.onLoad({ filter: /[\\/]dynalite[\\/]index\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8')
        .replace("require('./actions/' + action)", "require('./actions/' + action + '.js')")
        .replace("require('./validations/' + action)", "require('./validations/' + action + '.js')"),
      loader: 'js',
    }));
  },
};

// A workspace package, and each subpath it exports (`@destinations-action/deploy/stageName`), from the
// source its `types` names, so the bundle needs no build first.
const workspaceSources = {
  name: 'workspace-sources',
  setup(b) {
    b.onResolve({ filter: /^@destinations-action\/[a-z-]+(\/[A-Za-z]+)?$/ }, (args) => {
      const [, name, sub = ''] = /^@destinations-action\/([a-z-]+)(\/[A-Za-z]+)?$/.exec(args.path);
      if (!WORKSPACE.includes(name)) return undefined;
      const { exports } = JSON.parse(readFileSync(path.join(packages, name, 'package.json'), 'utf8'));
      const types = exports?.[`.${sub}`]?.types;
      if (!types) return { errors: [{ text: `${args.path} is not exported by packages/${name}` }] };
      return { path: path.join(packages, name, types) };
    });
  },
};

rmSync(dist, { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: ['index', 'post', 'affected'].map((name) => path.join(root, 'src', `${name}.ts`)),
  outdir: dist,
  // Paths in the bundle's comments are relative to this: the same bytes from any working directory.
  absWorkingDir: root,
  bundle: true,
  // The entries share the verifier and the SDK clients: one copy, in chunks beside them; and what index.js
  // imports only once its inputs are read stays out of its start.
  splitting: true,
  // At the top of dist/, like the entries: the paths the relocation below writes are relative to it.
  chunkNames: '[name]-[hash]',
  platform: 'node',
  // ES module builds first: `await import()` of a CommonJS build would give only a default export.
  mainFields: ['module', 'main'],
  format: 'esm',
  // The lowest supported Node.js (engines); the runner itself runs the bundle on node24 (action.yml).
  target: 'node22',
  plugins: [workspaceSources, relocate, dynalite],
  // The notices go to licenses.txt instead, whole.
  legalComments: 'none',
  // Maps without the sources' text: stack positions resolve, the committed files stay small.
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
  logLevel: 'warning',
  // CommonJS dependencies call require() and read __dirname; an ES module has neither.
  banner: {
    js: [
      "import { createRequire as __actionCreateRequire } from 'node:module';",
      "import { fileURLToPath as __actionFileURLToPath } from 'node:url';",
      'const require = __actionCreateRequire(import.meta.url);',
    ].join('\n'),
  },
});

writeFileSync(path.join(dist, 'licenses.txt'), licenceFile(licences(metafile, root)));

// Everything of a workspace package that is not TypeScript and that its code may read at run time.
for (const name of WORKSPACE) {
  for (const dir of ['src', 'schema']) {
    const from = path.join(packages, name, dir);
    if (existsSync(from)) copyAssets(from, path.join(dist, name, dir));
  }
  // Read for the version; only the fields a reader of a version needs are kept.
  mkdirSync(path.join(dist, name), { recursive: true });
  const {
    name: pkg,
    version,
    type,
  } = JSON.parse(readFileSync(path.join(packages, name, 'package.json'), 'utf8'));
  writeFileSync(
    path.join(dist, name, 'package.json'),
    `${JSON.stringify({ name: pkg, version, type }, null, 2)}\n`,
  );
}

function copyAssets(from, to) {
  for (const entry of readdirSync(from)) {
    const source = path.join(from, entry);
    if (statSync(source).isDirectory()) copyAssets(source, path.join(to, entry));
    else if (!/\.ts$/.test(entry) && !entry.endsWith('.map')) cpSync(source, path.join(to, entry));
  }
}
