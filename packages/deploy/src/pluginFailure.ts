// Which plugin of a service broke `serverless package`, read from the framework's output: the stack
// frame of the hook that threw, else, for an error that reached for the network or Docker, the service's
// plugins. Packaging for a local cloud gives a plugin neither the network nor Docker.
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** The framework runs every plugin hook from here; the frame above it is the hook's own. */
const HOOK_RUNNER = /PluginManager\.runHooks|[\\/]lib[\\/]classes[\\/]plugin-manager\.js/;
const FRAME = /^\s+at (?:async )?(?:.*? \()?(.+?):\d+:\d+\)?$/;
const NETWORK =
  /\b(ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH)\b|fetch failed|getaddrinfo|socket hang up/;
const DOCKER = /\bdocker\b/i;

/** The package a file belongs to: `node_modules/<name>/` (or `@scope/name`), innermost. */
function packageOf(file: string): string | undefined {
  const parts = file.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  return parts[at + 1].startsWith('@') ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1];
}

/** The declared plugin a hook's file belongs to: a package by name, a local plugin by its path. */
function pluginOfFile(file: string, serviceDir: string, plugins: string[]): string | undefined {
  const local = plugins.find((p) => {
    if (!p.startsWith('.') && !p.startsWith('/')) return false;
    const base = resolve(serviceDir, p);
    return file === base || file.startsWith(`${base}.`) || file.startsWith(`${base}${sep}`);
  });
  if (local) return local;
  const pkg = packageOf(file);
  if (pkg === 'osls' || pkg === 'serverless') return undefined;
  return pkg && (plugins.find((p) => p === pkg) ?? pkg);
}

/**
 * A sentence naming the plugin that failed and, when the error reached for the network or Docker, that
 * packaging for a local cloud gives neither; undefined when the output does not point at a plugin.
 */
export function pluginFailure(output: string, serviceDir: string, plugins: string[]): string | undefined {
  const lines = output.split('\n');
  const error = lines.slice(lines.findLastIndex((l) => l.trim() === 'Error:') + 1).join('\n');
  // The framework's own variable resolution also reaches for AWS; that is not a plugin's doing.
  if (/Cannot resolve variable/.test(error)) return undefined;
  const frames = lines.map((l) => FRAME.exec(l)?.[1]);
  const runner = lines.findIndex((l) => HOOK_RUNNER.test(l));
  let plugin: string | undefined;
  for (let i = runner - 1; i >= 0 && !plugin; i--) {
    const file = frames[i];
    if (!file) break;
    if (!file.startsWith('node:')) plugin = pluginOfFile(file, serviceDir, plugins);
  }
  const needs = DOCKER.test(error) ? 'Docker' : NETWORK.test(error) ? 'the network' : undefined;
  if (!plugin && !(needs && plugins.length)) return undefined;
  const who = plugin
    ? `the plugin '${plugin}'`
    : `a plugin of the service (${plugins.map((p) => `'${p}'`).join(', ')})`;
  return needs
    ? `${who} failed reaching for ${needs}, which packaging for the local cloud does not give a plugin: configure it not to for the local run (e.g. serverless-python-requirements without dockerizePip)`
    : `${who} failed in its hook`;
}

/** The plugins serverless.yml declares (`plugins: [...]` or `plugins: { modules: [...] }`); none if unreadable. */
export async function servicePlugins(serviceDir: string): Promise<string[]> {
  try {
    const text = await readFile(join(serviceDir, 'serverless.yml'), 'utf8');
    const doc = parseYaml(text, { customTags: [], strict: false, logLevel: 'silent' }) as {
      plugins?: unknown;
    };
    const list = Array.isArray(doc?.plugins)
      ? doc.plugins
      : (doc?.plugins as { modules?: unknown } | undefined)?.modules;
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}
