// Resource types the local cloud does not serve: by default an inert placeholder stands in for each, with
// Ref and Fn::GetAtt values in the type's own formats (placeholderFormats.ts, else a generic one), marked
// in its status reason so a deploy can list it; with the stack tag `local-cloud:strict=true` they fail.
import { PLACEHOLDER_REASON_PREFIX, STRICT_TAG } from '@destinations-action/deploy';
import { canonical } from './canonical.js';
import { physicalName } from './names.js';
import { arnOf, FORMATS, type PlaceholderFormat, type PlaceholderInput } from './placeholderFormats.js';
import type { Plan } from './plan.js';
import { handlerFor } from './resources/index.js';
import type { HandlerContext, Stack, StackResource } from './types.js';

/** Custom resources call their own code: another module serves them, they never become placeholders. */
function isCustom(type: string): boolean {
  return type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource';
}

/** A type no handler serves, which a placeholder stands in for. */
export function needsPlaceholder(type: string): boolean {
  return !handlerFor(type) && !isCustom(type);
}

export function isStrict(stack: Stack): boolean {
  return stack.tags.some((t) => t.Key === STRICT_TAG && t.Value === 'true');
}

/** The status reason of a placeholder; the deploy package reads it back (placeholdersOf). */
export function placeholderReason(type: string): string {
  return `${PLACEHOLDER_REASON_PREFIX}${type} is not emulated by this local cloud: an inert placeholder stands in, with Ref and Fn::GetAtt values in AWS's formats; a handler that calls it will fail`;
}

/** Strict mode's reason for refusing a resource the local cloud would have made a placeholder of. */
export function strictReason(type: string, id: string): string {
  return `Resource type ${type} of resource ${id} is not emulated by this local cloud, and strict mode (stack tag ${STRICT_TAG}=true) allows no placeholders`;
}

/** The resources of the plan a placeholder would stand in for, in creation order. */
export function unserved(plan: Plan, included: (id: string) => boolean): string[] {
  return plan.order.filter((id) => included(id) && needsPlaceholder(plan.template.Resources[id].Type));
}

/** `AWS::Service::Thing` -> Ref the name, Arn `arn:<partition>:service:<region>:<account>:thing/<name>`. */
function generic(type: string): PlaceholderFormat {
  return {
    make: (p) => {
      const name = p.name(nameKeys(type, p.props).find((k) => typeof p.props[k] === 'string'));
      return { ref: name, attributes: { Arn: genericArn(p, type, name) } };
    },
  };
}

function genericArn(p: PlaceholderInput, type: string, name: string): string {
  const [, service = 'unknown', resource = 'resource'] = type.split('::');
  return arnOf(p, service.toLowerCase(), `${resource.toLowerCase()}/${name}`);
}

/**
 * The properties a type most likely names itself with, best first: `Name`, `<Resource>Name`, or a tail of
 * it (`FilterName` of a MetricFilter); never another resource's name such as `LogGroupName`.
 */
function nameKeys(type: string, ...props: Record<string, unknown>[]): string[] {
  const own = `${type.split('::').pop()}Name`;
  const keys = [...new Set(props.flatMap((p) => Object.keys(p)))];
  const tails = keys.filter((k) => k !== own && k.endsWith('Name') && own.endsWith(k));
  return ['Name', own, ...tails].filter((k) => keys.includes(k));
}

/** A placeholder's Ref, physical id and attributes, and the generic ARN unknown `*Arn` attributes answer. */
export function makePlaceholder(
  ctx: HandlerContext,
  type: string,
  props: Record<string, unknown>,
): Pick<StackResource, 'physicalId' | 'ref' | 'attributes' | 'placeholder'> {
  const input: PlaceholderInput = {
    stackName: ctx.stackName,
    logicalId: ctx.logicalId,
    region: ctx.region,
    accountId: ctx.accountId,
    partition: ctx.partition,
    props,
    name: (prop, options) => {
      const given = prop === undefined ? undefined : props[prop];
      if (typeof given === 'string' && given !== '') return options?.lowercase ? given.toLowerCase() : given;
      return physicalName(ctx.stackName, ctx.logicalId, options);
    },
  };
  const made = (FORMATS[type] ?? generic(type)).make(input);
  const fallbackArn =
    typeof made.attributes.Arn === 'string' ? made.attributes.Arn : genericArn(input, type, String(made.ref));
  return {
    physicalId: made.physicalId ?? made.ref,
    ref: made.ref,
    attributes: made.attributes,
    placeholder: { reason: placeholderReason(type), fallbackArn },
  };
}

/** An update keeps a placeholder's values unless a property they are made from changed. */
export function keepsValues(type: string, old: StackResource, props: Record<string, unknown>): boolean {
  if (!old.placeholder || old.type !== type) return false;
  // A generic placeholder is made from its name.
  const from = FORMATS[type] ? (FORMATS[type].from ?? []) : nameKeys(type, props, old.properties);
  return from.every((p) => canonical(props[p]) === canonical(old.properties[p]));
}
