// AWS::CDK::Metadata: the CDK's usage record in every synthesised template; it creates nothing.
import type { ResourceHandler } from '../types.js';

export const cdkMetadata: ResourceHandler = {
  async create(ctx) {
    return { physicalId: ctx.physicalName({ maxLength: 128 }) };
  },
  async update(_ctx, current) {
    return { physicalId: current.physicalId };
  },
  async delete() {},
};
