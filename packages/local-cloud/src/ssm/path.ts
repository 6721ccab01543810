// Which parameters lie under a path: one level below it, or any depth with Recursive.
import { invalidPath } from './errors.js';
import { checkName } from './names.js';

/** The path as a prefix ending in `/`; `/` itself is every hierarchical name. */
export function pathPrefix(path: string | undefined): string {
  const p = String(path ?? '');
  if (!p.startsWith('/')) throw invalidPath();
  if (p !== '/') {
    try {
      checkName(p.replace(/\/$/, ''));
    } catch {
      throw invalidPath();
    }
  }
  return p.endsWith('/') ? p : `${p}/`;
}

export function underPath(name: string, prefix: string, recursive: boolean): boolean {
  if (!name.startsWith(prefix) || name.length === prefix.length) return false;
  return recursive || !name.slice(prefix.length).includes('/');
}
