// A plugin that needs the network or Docker fails packaging with a message that names it: for real with
// a local plugin reaching for the network, and from the framework's output for the other shapes.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { CommandError, packageService } from '../src/index.js';
import { pluginFailure, servicePlugins } from '../src/pluginFailure.js';

const fixture = path.resolve(import.meta.dirname, 'fixtures/plugin-network');
afterAll(() => rmSync(path.join(fixture, '.serverless'), { recursive: true, force: true }));

it("names the local plugin whose hook reached for the network, after the framework's error", async () => {
  const err = (await packageService({ serviceDir: fixture }).catch((e) => e)) as CommandError;
  expect(err).toBeInstanceOf(CommandError);
  expect(err.message).toMatch(/ package' failed \(exit 1\):\nTypeError: fetch failed\n/);
  // Node 20's fetch error carries the plugin's frame; Node 22 and 24's comes from undici's internals, so the
  // service's declared plugins are named instead. Either way the plugin is named.
  expect(err.message.split('\n').at(-1)).toMatch(
    /^(the plugin|a plugin of the service \() ?'\.\/plugins\/fetch-licences'\)? failed reaching for the network, which packaging for the local cloud does not give a plugin: configure it not to for the local run \(e\.g\. serverless-python-requirements without dockerizePip\)$/,
  );
}, 60_000);

describe('pluginFailure', () => {
  const block = (...lines: string[]) =>
    ['Environment: linux, node 22.0.0, osls 4.3.1 (local)', '', 'Error:', ...lines].join('\n');
  const runner =
    '    at async PluginManager.runHooks (/repo/node_modules/osls/lib/classes/plugin-manager.js:613:9)';

  it("names a package plugin from its hook's frame, a scoped one with its scope", () => {
    const out = block(
      'Error: connect ECONNREFUSED 127.0.0.1:2375',
      '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)',
      '    at async Bundler.pull (/repo/node_modules/@acme/serverless-bundler/lib/pull.js:12:3)',
      runner,
    );
    expect(pluginFailure(out, '/repo/svc', ['@acme/serverless-bundler'])).toMatch(
      /^the plugin '@acme\/serverless-bundler' failed reaching for the network,/,
    );
  });

  it('names the service plugins when a Docker error has no stack', () => {
    const out = block('docker not found! Please install it.');
    expect(pluginFailure(out, '/repo/svc', ['serverless-python-requirements'])).toMatch(
      /^a plugin of the service \('serverless-python-requirements'\) failed reaching for Docker,/,
    );
  });

  it('blames no plugin for the framework resolving a variable, nor without plugins', () => {
    const ssm = block(
      'Cannot resolve variable at "provider.environment.A": Error: getaddrinfo ENOTFOUND ssm.us-east-1.amazonaws.com',
    );
    expect(pluginFailure(ssm, '/repo/svc', ['serverless-esbuild'])).toBeUndefined();
    expect(pluginFailure(block('Error: getaddrinfo ENOTFOUND example.com'), '/repo/svc', [])).toBeUndefined();
  });

  it('reads plugins in both forms serverless.yml allows', async () => {
    expect(await servicePlugins(fixture)).toEqual(['./plugins/fetch-licences']);
    expect(await servicePlugins(path.join(fixture, 'nowhere'))).toEqual([]);
  });
});
