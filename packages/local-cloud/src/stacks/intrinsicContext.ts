// What intrinsic functions see of a stack: pseudo parameters, parameters, conditions, resources and exports.
import type { LocalCloud } from '../cloud.js';
import { AwsError } from '../protocol/errors.js';
import type { Exports } from './exports.js';
import { type IntrinsicContext, templateError } from './intrinsics.js';
import { parameterValues } from './parameters.js';
import { placeholderAttribute } from './placeholderFormats.js';
import type { Plan } from './plan.js';
import type { Template } from './template.js';
import type { Stack, StackResource } from './types.js';

export function partitionOf(region: string): string {
  return region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
}

/** Where the intrinsics resolve: a stack (or one being planned), its template and what exists so far. */
export interface IntrinsicScope {
  region: string;
  stackName: string;
  stackId: string;
  template: Template;
  parameters: Record<string, string>;
  conditions: Record<string, boolean>;
  resources: Map<string, StackResource>;
  /** The stack whose running operation resolves: its imports are noted. */
  stack?: Stack;
}

export function intrinsicContext(
  cloud: Pick<LocalCloud, 'accountId'>,
  exports: Exports,
  scope: IntrinsicScope,
): IntrinsicContext {
  const { region, template, resources } = scope;
  return {
    pseudo: {
      'AWS::AccountId': cloud.accountId,
      'AWS::Region': region,
      'AWS::Partition': partitionOf(region),
      'AWS::StackName': scope.stackName,
      'AWS::StackId': scope.stackId,
      'AWS::URLSuffix': region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com',
      'AWS::NotificationARNs': [],
    },
    parameters: parameterValues(template, scope.parameters),
    conditions: scope.conditions,
    mappings: template.Mappings ?? {},
    ref: (id) => {
      const r = resources.get(id);
      if (!r) {
        if (id in template.Resources)
          throw templateError(`Resource ${id} is not created (its condition is false or it failed)`);
        throw new AwsError(
          'ValidationError',
          `Template format error: Unresolved resource dependencies [${id}] in the Resources block of the template`,
        );
      }
      return r.ref;
    },
    getAtt: (id, attribute) => {
      const r = resources.get(id);
      if (!r) {
        if (id in template.Resources)
          throw templateError(`Resource ${id} is not created (its condition is false or it failed)`);
        throw templateError(`instance of Fn::GetAtt references undefined resource ${id}`);
      }
      if (!(attribute in r.attributes)) {
        if (r.placeholder) return placeholderAttribute(r, attribute);
        if (r.attributeError)
          throw new AwsError('ValidationError', r.attributeError.replace('{attribute}', attribute));
        throw templateError(`resource ${id} does not support attribute type ${attribute} in Fn::GetAtt`);
      }
      return r.attributes[attribute];
    },
    importValue: (name) => exports.importValue(region, name, scope.stackId, scope.stack),
  };
}

/** The intrinsic context of a running operation: the stack's resources so far, under the plan. */
export function stackContext(
  cloud: Pick<LocalCloud, 'accountId'>,
  exports: Exports,
  stack: Stack,
  plan: Plan,
): IntrinsicContext {
  return intrinsicContext(cloud, exports, {
    region: stack.region,
    stackName: stack.stackName,
    stackId: stack.stackId,
    template: plan.template,
    parameters: plan.parameters,
    conditions: plan.conditions,
    resources: stack.resources,
    stack,
  });
}
