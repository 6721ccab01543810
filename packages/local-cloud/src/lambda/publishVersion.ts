// PublishVersion: snapshots $LATEST as the next numbered version (or returns the one already made).
import type { FunctionConfiguration, PublishVersionRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { type FunctionVersion, type LambdaFunction, newRevisionId } from './store.js';

export function publish(fn: LambdaFunction, description?: string): FunctionVersion {
  const latest = fn.latest;
  const last = fn.versions.get(String(fn.lastPublished));
  // Nothing changed since the last publish: Lambda answers with that version.
  if (last && last.code.sha256 === latest.code.sha256 && last.publishedFrom === latest.config.RevisionId)
    return last;
  const n = String(++fn.lastPublished);
  const version: FunctionVersion = {
    version: n,
    code: latest.code,
    layers: latest.layers,
    publishedFrom: latest.config.RevisionId,
    config: {
      ...structuredClone(latest.config),
      Version: n,
      FunctionArn: `${fn.arn}:${n}`,
      Description: description ?? latest.config.Description,
      RevisionId: newRevisionId(),
    },
  };
  fn.versions.set(n, version);
  return version;
}

export function publishVersion(ctx: LambdaContext, input: PublishVersionRequest): FunctionConfiguration {
  const { fn } = ctx.store.get(input.FunctionName!, ctx.region);
  return publish(fn, input.Description).config;
}
