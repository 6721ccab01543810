// Function code zips are unpacked into their own directory and nowhere else: entries outside it (zip slip),
// symbolic links that point out of it and entries under a link are refused, and so is code that would
// unzip to more than Lambda's 250 MB, before it is inflated. Layer zips follow the same rules.
import { existsSync, lstatSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CreateFunctionCommand,
  InvokeCommand,
  LambdaClient,
  ListLayerVersionsCommand,
  PublishLayerVersionCommand,
} from '@aws-sdk/client-lambda';
import { describe, expect, it } from '@jest/globals';
import { type Zippable, zipSync } from 'fflate';
import { MAX_UNZIPPED_BYTES, removeCode, unpackZip } from '../src/lambda/code.js';
import { useCloud } from './fixtures/cloud.js';
import { clientConfig, ROLE } from './fixtures/lambda/helpers.js';

let lambda: LambdaClient;
useCloud({}, (c) => {
  lambda = new LambdaClient(clientConfig(c.url));
  return [lambda];
});

const HANDLER = 'export const handler = async () => ({ ok: true });';
const text = (s: string) => new TextEncoder().encode(s);
/** A symbolic link entry as zip tools on Unix write it: the mode in the external attributes, the target as data. */
const link = (to: string): Zippable[string] => [text(to), { os: 3, attrs: (0o120777 << 16) >>> 0 }];

let n = 0;
function create(files: Zippable) {
  return lambda.send(
    new CreateFunctionCommand({
      FunctionName: `zip-${process.pid}-${++n}`,
      Role: ROLE,
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Code: { ZipFile: zipSync({ 'index.mjs': text(HANDLER), ...files }) },
    }),
  );
}

const escapee = `zip-escape-${process.pid}`;

describe('entries outside the function directory', () => {
  it.each([
    ['a ../ path', `../../${escapee}`],
    ['a path that climbs back out', `lib/../../../${escapee}`],
    ['an absolute path', path.join(tmpdir(), escapee)],
  ])('refuses %s with InvalidParameterValueException, writing nothing', async (_what, name) => {
    await expect(create({ [name]: text('owned') })).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      $metadata: { httpStatusCode: 400 },
      message: expect.stringContaining(
        `Could not unzip uploaded file. Please check your file, then try to upload again. (entry '${name}' would be written outside`,
      ),
    });
    expect(existsSync(path.join(tmpdir(), escapee))).toBe(false);
  });

  it('still serves names with dots that stay inside', async () => {
    await expect(
      create({ 'lib/../inside.txt': text('fine'), '..hidden': text('fine') }),
    ).resolves.toMatchObject({
      State: 'Active',
    });
  });
});

describe('symbolic links', () => {
  it.each([
    ['up and out', '../../etc'],
    ['to an absolute path', '/etc/passwd'],
    ['to the directory beside the task', '../../node_modules'],
  ])('refuses a link pointing %s', async (_what, to) => {
    await expect(create({ 'lib/evil': link(to) })).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      message: expect.stringContaining(`(symbolic link 'lib/evil' points to '${to}', outside`),
    });
  });

  it('refuses an entry written through a link of the same zip', async () => {
    await expect(create({ sub: link('.'), 'sub/x.txt': text('through the link') })).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      message: expect.stringContaining("(entry 'sub/x.txt' is inside a symbolic link of the same zip)"),
    });
  });

  it('keeps a link that points inside as a link, which the handler can follow', async () => {
    const name = `zip-link-${process.pid}`;
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: name,
        Role: ROLE,
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Code: {
          ZipFile: zipSync({
            'lib/real.mjs': text(HANDLER.replace('ok: true', 'via: "link"')),
            'index.mjs': link('lib/real.mjs'),
          }),
        },
      }),
    );
    const out = await lambda.send(new InvokeCommand({ FunctionName: name, Payload: text('{}') }));
    expect(JSON.parse(Buffer.from(out.Payload ?? []).toString())).toEqual({ via: 'link' });
  });
});

describe('the unzipped size', () => {
  /** A zip whose central directory declares `sizes` for its entries (each really a small deflated one). */
  function declaring(sizes: number[]): Uint8Array {
    const files: Zippable = { 'index.mjs': text(HANDLER) };
    sizes.forEach((_, i) => {
      files[`blob${i}.bin`] = new Uint8Array(1024);
    });
    const zip = zipSync(files);
    const buf = Buffer.from(zip.buffer);
    let at = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    for (let i = -1; i < sizes.length; i++) {
      if (i >= 0) buf.writeUInt32LE(sizes[i], at + 24);
      at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    }
    return zip;
  }

  const createWith = (zip: Uint8Array) =>
    lambda.send(
      new CreateFunctionCommand({
        FunctionName: `zip-declared-${process.pid}-${++n}`,
        Role: ROLE,
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Code: { ZipFile: zip },
      }),
    );

  it("refuses code whose entries add up to 250 MB or more, with Lambda's message, before inflating it", async () => {
    const mb = 1024 * 1024;
    await expect(createWith(declaring([100 * mb, 100 * mb, 60 * mb]))).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      $metadata: { httpStatusCode: 400 },
      message: `Unzipped size must be smaller than ${MAX_UNZIPPED_BYTES} bytes`,
    });
    await expect(createWith(declaring([300 * mb]))).rejects.toMatchObject({
      message: `Unzipped size must be smaller than ${MAX_UNZIPPED_BYTES} bytes`,
    });
  });

  it('inflates no entry past the size its directory declares (a lying zip bomb stays small)', () => {
    const zip = zipSync({ 'bomb.bin': new Uint8Array(4 * 1024 * 1024) });
    const buf = Buffer.from(zip.buffer);
    const central = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buf.writeUInt32LE(16, central + 24);
    buf.writeUInt32LE(16, 22);
    const code = unpackZip(zip);
    try {
      expect(readFileSync(path.join(code.dir, 'bomb.bin')).length).toBeLessThanOrEqual(16);
    } finally {
      removeCode(code.root);
    }
  });
});

describe('unpacking', () => {
  it('writes files inside the task directory and links as relative links', () => {
    const code = unpackZip(
      zipSync({ 'a/b.txt': text('b'), 'a/to-b': link('b.txt'), top: link('a/../a/b.txt') }),
    );
    try {
      expect(readFileSync(path.join(code.dir, 'a/to-b'), 'utf8')).toBe('b');
      expect(lstatSync(path.join(code.dir, 'top')).isSymbolicLink()).toBe(true);
      // Written normalized: no `..` left for a later link to turn into an escape.
      expect(readlinkSync(path.join(code.dir, 'top'))).toBe('a/b.txt');
    } finally {
      removeCode(code.root);
    }
  });
});

describe('layer zips', () => {
  const publish = (LayerName: string, files: Zippable) =>
    lambda.send(new PublishLayerVersionCommand({ LayerName, Content: { ZipFile: zipSync(files) } }));

  it.each([
    ['an entry outside the layer', { [`../../${escapee}`]: text('owned') }, 'would be written outside'],
    ['a link pointing out', { 'nodejs/evil': link('../../../etc') }, "symbolic link 'nodejs/evil' points to"],
    ['an entry under a link', { sub: link('.'), 'sub/x.txt': text('x') }, 'is inside a symbolic link'],
  ])('refuses %s, publishing no version', async (_what, files, words) => {
    const name = `zip-layer-${process.pid}-${++n}`;
    await expect(publish(name, files)).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      $metadata: { httpStatusCode: 400 },
      message: expect.stringContaining(words),
    });
    expect(existsSync(path.join(tmpdir(), escapee))).toBe(false);
    const versions = await lambda.send(new ListLayerVersionsCommand({ LayerName: name }));
    expect(versions.LayerVersions).toEqual([]);
  });

  it("refuses a layer that would unzip past Lambda's limit", async () => {
    const zip = zipSync({ 'nodejs/big.bin': new Uint8Array(1024) });
    const buf = Buffer.from(zip.buffer);
    const central = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buf.writeUInt32LE(MAX_UNZIPPED_BYTES, central + 24);
    await expect(
      lambda.send(
        new PublishLayerVersionCommand({
          LayerName: `zip-layer-big-${process.pid}`,
          Content: { ZipFile: zip },
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      message: `Unzipped size must be smaller than ${MAX_UNZIPPED_BYTES} bytes`,
    });
  });
});
