// Copies the non-TypeScript files of src/ (runtime bootstraps, schemas) into dist/ after tsc.
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (!/\.ts$/.test(name)) {
      const target = path.join(root, 'dist', path.relative(path.join(root, 'src'), full));
      cpSync(full, target);
    }
  }
};
if (existsSync(path.join(root, 'src'))) walk(path.join(root, 'src'));
