import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { rawRequest } from './s3-helpers.js';

let cloud: RunningCloud;
const bucket = 'wire-bucket';
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  const made = await rawRequest(cloud.port, { method: 'PUT', path: `/${bucket}` });
  expect(made.status).toBe(200);
});
afterAll(() => cloud.stop());

const hexToB64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');

function put(key: string, headers: Record<string, string | number>, body: Buffer | string) {
  return rawRequest(cloud.port, { method: 'PUT', path: `/${bucket}/${key}`, headers, body });
}

async function stored(key: string): Promise<string> {
  const res = await rawRequest(cloud.port, { method: 'GET', path: `/${bucket}/${key}` });
  expect(res.status).toBe(200);
  return res.body.toString();
}

describe('aws-chunked request bodies', () => {
  it('decodes signed chunks (STREAMING-AWS4-HMAC-SHA256-PAYLOAD)', async () => {
    const sig = 'a'.repeat(64);
    const body = `5;chunk-signature=${sig}\r\nhello\r\n6;chunk-signature=${sig}\r\n world\r\n0;chunk-signature=${sig}\r\n\r\n`;
    const res = await put(
      'signed',
      {
        'x-amz-content-sha256': 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD',
        'Content-Encoding': 'aws-chunked',
        'x-amz-decoded-content-length': 11,
      },
      body,
    );
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe(`"${createHash('md5').update('hello world').digest('hex')}"`);
    expect(await stored('signed')).toBe('hello world');
  });

  it('decodes unsigned chunks with a trailing checksum and checks it', async () => {
    const crc32c = hexToB64('e3069283'); // CRC-32C of "123456789"
    const framed = (sum: string) => `9\r\n123456789\r\n0\r\nx-amz-checksum-crc32c:${sum}\r\n\r\n`;
    const headers = {
      'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
      'Content-Encoding': 'aws-chunked,gzip',
      'x-amz-trailer': 'x-amz-checksum-crc32c',
      'x-amz-decoded-content-length': 9,
    };
    const ok = await put('trailer', headers, framed(crc32c));
    expect(ok.status).toBe(200);
    expect(ok.headers['x-amz-checksum-crc32c']).toBe(crc32c);
    const head = await rawRequest(cloud.port, { method: 'HEAD', path: `/${bucket}/trailer` });
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(head.headers['content-length']).toBe('9');
    const bad = await put('trailer-bad', headers, framed(hexToB64('00000000')));
    expect(bad.status).toBe(400);
    expect(bad.body.toString()).toContain('<Code>BadDigest</Code>');
  });

  it('refuses a body shorter than x-amz-decoded-content-length', async () => {
    const res = await put(
      'short',
      {
        'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
        'Content-Encoding': 'aws-chunked',
        'x-amz-decoded-content-length': 20,
      },
      '3\r\nabc\r\n0\r\n\r\n',
    );
    expect(res.status).toBe(400);
    expect(res.body.toString()).toContain('<Code>IncompleteBody</Code>');
  });

  it('refuses broken chunk framing without failing the server', async () => {
    const res = await put('broken', { 'Content-Encoding': 'aws-chunked' }, 'zz\r\nabc');
    expect(res.status).toBe(400);
    expect(await stored('signed')).toBe('hello world');
  });
});

describe('checksum headers', () => {
  it.each([
    ['crc32', 'cbf43926'],
    ['crc32c', 'e3069283'],
    ['crc64nvme', 'ae8b14860a799888'],
  ])('knows the %s check value of "123456789"', async (alg, hex) => {
    const res = await put(`check-${alg}`, { [`x-amz-checksum-${alg}`]: hexToB64(hex) }, '123456789');
    expect(res.status).toBe(200);
  });

  it('computes CRC64NVME for objects sent without a checksum, as S3 does', async () => {
    const res = await put('plain', {}, '123456789');
    expect(res.headers['x-amz-checksum-crc64nvme']).toBe(hexToB64('ae8b14860a799888'));
    expect(res.headers['x-amz-checksum-type']).toBe('FULL_OBJECT');
  });

  it('refuses two checksum headers and an algorithm without its checksum', async () => {
    const two = await put(
      'two',
      { 'x-amz-checksum-crc32': hexToB64('cbf43926'), 'x-amz-checksum-sha1': 'AAAA' },
      '123456789',
    );
    expect(two.status).toBe(400);
    expect(two.body.toString()).toContain('Multiple checksum Types are not allowed');
    const lone = await put('lone', { 'x-amz-sdk-checksum-algorithm': 'CRC32' }, 'abc');
    expect(lone.status).toBe(400);
    expect(lone.body.toString()).toContain('<Code>InvalidRequest</Code>');
  });

  it('checks a hex x-amz-content-sha256 against the body', async () => {
    const res = await put('sha', { 'x-amz-content-sha256': 'f'.repeat(64) }, 'abc');
    expect(res.status).toBe(400);
    expect(res.body.toString()).toContain('<Code>XAmzContentSHA256Mismatch</Code>');
  });
});

describe('answers on the wire', () => {
  it('sends RFC 1123 Last-Modified, ISO 8601 LastModified with milliseconds, and the S3 namespace', async () => {
    await put('dated', {}, 'x');
    const head = await rawRequest(cloud.port, { method: 'HEAD', path: `/${bucket}/dated` });
    expect(head.headers['last-modified']).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(head.headers['x-amz-request-id']).toBeTruthy();
    const list = await rawRequest(cloud.port, { method: 'GET', path: `/${bucket}?list-type=2&prefix=dated` });
    const xml = list.body.toString();
    expect(xml).toContain('<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">');
    expect(xml).toMatch(/<LastModified>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z<\/LastModified>/);
    expect(xml).toContain('<KeyCount>1</KeyCount>');
  });

  it('answers malformed XML bodies with MalformedXML, not a 500', async () => {
    const res = await rawRequest(cloud.port, {
      method: 'POST',
      path: `/${bucket}?delete`,
      headers: { 'Content-MD5': createHash('md5').update('<Delete><Object>').digest('base64') },
      body: '<Delete><Object>',
    });
    expect(res.status).toBe(400);
    expect(res.body.toString()).toContain('<Code>MalformedXML</Code>');
  });

  it('requires Content-MD5 or a checksum on DeleteObjects, as S3 does', async () => {
    const res = await rawRequest(cloud.port, {
      method: 'POST',
      path: `/${bucket}?delete`,
      body: '<Delete><Object><Key>x</Key></Object></Delete>',
    });
    expect(res.status).toBe(400);
    expect(res.body.toString()).toContain('Content-MD5');
  });

  it('refuses a bad max-keys and a bad part number with InvalidArgument', async () => {
    const keys = await rawRequest(cloud.port, {
      method: 'GET',
      path: `/${bucket}?list-type=2&max-keys=lots`,
    });
    expect(keys.status).toBe(400);
    expect(keys.body.toString()).toContain('<ArgumentName>max-keys</ArgumentName>');
    const part = await rawRequest(cloud.port, {
      method: 'PUT',
      path: `/${bucket}/k?partNumber=0&uploadId=x`,
      body: 'x',
    });
    expect(part.status).toBe(400);
    expect(part.body.toString()).toContain('<Code>InvalidArgument</Code>');
  });

  it('answers a subresource it does not serve with NotImplemented', async () => {
    const res = await rawRequest(cloud.port, { method: 'GET', path: `/${bucket}?website` });
    expect(res.status).toBe(501);
    expect(res.body.toString()).toContain('<Code>NotImplemented</Code>');
  });

  it('keeps header-bound members out of XML answers', async () => {
    const res = await rawRequest(cloud.port, {
      method: 'POST',
      path: `/${bucket}/mpu?uploads`,
      headers: { 'x-amz-checksum-algorithm': 'CRC32' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['x-amz-checksum-algorithm']).toBe('CRC32');
    expect(res.headers['x-amz-server-side-encryption']).toBe('AES256');
    const xml = res.body.toString();
    expect(xml).toMatch(
      /^<\?xml[^>]*>\n<InitiateMultipartUploadResult xmlns="[^"]+"><Bucket>wire-bucket<\/Bucket><Key>mpu<\/Key><UploadId>[^<]+<\/UploadId><\/InitiateMultipartUploadResult>$/,
    );
  });

  it('writes the owner grant with its xsi:type attribute', async () => {
    const res = await rawRequest(cloud.port, { method: 'GET', path: `/${bucket}?acl` });
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain(
      '<Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>',
    );
  });

  it('answers PutBucketPolicy and PutBucketTagging with 204, as AWS does', async () => {
    const policy = await rawRequest(cloud.port, {
      method: 'PUT',
      path: `/${bucket}?policy`,
      body: '{"Version":"2012-10-17","Statement":[]}',
    });
    expect(policy.status).toBe(204);
    expect(policy.headers['content-length']).toBeUndefined();
    const got = await rawRequest(cloud.port, { method: 'GET', path: `/${bucket}?policy` });
    expect(got.headers['content-type']).toBe('application/json');
    const tagging = await rawRequest(cloud.port, {
      method: 'PUT',
      path: `/${bucket}?tagging`,
      body: '<Tagging><TagSet><Tag><Key>k</Key><Value>v</Value></Tag></TagSet></Tagging>',
    });
    expect(tagging.status).toBe(204);
  });

  it('writes the location as the text of its root element', async () => {
    const res = await rawRequest(cloud.port, { method: 'GET', path: `/${bucket}?location` });
    expect(res.body.toString()).toMatch(
      /<LocationConstraint xmlns="http:\/\/s3\.amazonaws\.com\/doc\/2006-03-01\/"><\/LocationConstraint>$/,
    );
  });

  it('refuses a method the resource does not have, naming both', async () => {
    const res = await rawRequest(cloud.port, { method: 'PATCH', path: `/${bucket}/k` });
    expect(res.status).toBe(405);
    expect(res.body.toString()).toContain(
      '<Code>MethodNotAllowed</Code><Message>The specified method is not allowed against this resource.</Message><Method>PATCH</Method><ResourceType>OBJECT</ResourceType>',
    );
    const service = await rawRequest(cloud.port, { method: 'PUT', path: '/' });
    expect(service.status).toBe(405);
    expect(service.body.toString()).toContain('<ResourceType>SERVICE</ResourceType>');
  });

  it('ignores a conditional date it cannot read, as HTTP says', async () => {
    await put('dated-cond', {}, 'x');
    const res = await rawRequest(cloud.port, {
      method: 'GET',
      path: `/${bucket}/dated-cond`,
      headers: { 'If-Modified-Since': 'not a date' },
    });
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe('x');
  });

  it('answers a read of one part with NotImplemented rather than the whole object', async () => {
    await put('parted', {}, 'whole');
    const res = await rawRequest(cloud.port, { method: 'GET', path: `/${bucket}/parted?partNumber=1` });
    expect(res.status).toBe(501);
    expect(res.body.toString()).toContain('<Code>NotImplemented</Code>');
  });

  it('answers a HEAD error without a body', async () => {
    const res = await rawRequest(cloud.port, { method: 'HEAD', path: `/${bucket}/missing` });
    expect(res.status).toBe(404);
    expect(res.body.length).toBe(0);
  });
});

describe('XML bodies', () => {
  it('reads a batch delete of 1000 keys with entities and CDATA', async () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `batch/k&${i}`);
    for (const k of keys.slice(0, 3)) await put(encodeURIComponent(k), {}, 'x');
    const body =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Delete xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Quiet>false</Quiet>' +
      keys
        .map((k, i) =>
          i === 0
            ? '<Object><Key><![CDATA[batch/k&0]]></Key></Object>'
            : `<Object><Key>${k.replace('&', '&amp;')}</Key></Object>`,
        )
        .join('') +
      '</Delete>';
    const res = await rawRequest(cloud.port, {
      method: 'POST',
      path: `/${bucket}?delete`,
      headers: { 'Content-MD5': createHash('md5').update(body).digest('base64') },
      body,
    });
    expect(res.status).toBe(200);
    expect(res.body.toString().match(/<Deleted>/g)?.length).toBe(1000);
    expect(res.body.toString()).toContain('<Key>batch/k&amp;0</Key>');
    expect(cloud.cloud.s3?.getObject(bucket, 'batch/k&1')).toBeUndefined();
  });

  it('refuses a body whose root element is not the one the operation reads', async () => {
    const res = await rawRequest(cloud.port, {
      method: 'PUT',
      path: `/${bucket}?tagging`,
      body: '<Wrong><TagSet><Tag><Key>k</Key><Value>v</Value></Tag></TagSet></Wrong>',
    });
    expect(res.status).toBe(400);
    expect(res.body.toString()).toContain('<Code>MalformedXML</Code>');
  });

  it('refuses absurdly deep nesting as MalformedXML', async () => {
    const body = `${'<a>'.repeat(200_000)}${'</a>'.repeat(200_000)}`;
    const res = await rawRequest(cloud.port, {
      method: 'PUT',
      path: `/${bucket}?tagging`,
      body,
    });
    expect(res.status).toBe(400);
    expect(res.body.toString()).toContain('<Code>MalformedXML</Code>');
  });
});
