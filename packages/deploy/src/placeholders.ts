// The one contract between a deploy and the local cloud's stack engine about resource types the engine
// does not serve: the stack tag that asks for strict mode, the status reason that marks a placeholder, and
// the placeholders of a stack read back from its resources. The engine and this package both import it.

/**
 * The stack tag that turns placeholders into failures: with `local-cloud:strict=true` the stack engine
 * refuses every resource type it does not serve, naming each, before it creates anything. Any other
 * CloudFormation keeps it as an ordinary tag.
 */
export const STRICT_TAG = 'local-cloud:strict';

/** How the engine's status reason of a placeholder starts (the resource's status stays CREATE_COMPLETE). */
export const PLACEHOLDER_REASON_PREFIX = 'Placeholder: ';

/** A resource the local cloud did not emulate: an inert placeholder with AWS-shaped Ref/GetAtt values. */
export interface Placeholder {
  logicalId: string;
  type: string;
  /** What was not emulated, and that a handler calling it will fail. */
  reason: string;
}

/** The placeholders among a stack's resources (ListStackResources / DescribeStackResources summaries). */
export function placeholdersOf(
  resources: { LogicalResourceId?: string; ResourceType?: string; ResourceStatusReason?: string }[],
): Placeholder[] {
  return resources
    .filter((r) => r.ResourceStatusReason?.startsWith(PLACEHOLDER_REASON_PREFIX))
    .map((r) => ({
      logicalId: r.LogicalResourceId ?? '',
      type: r.ResourceType ?? '',
      reason: r.ResourceStatusReason!.slice(PLACEHOLDER_REASON_PREFIX.length),
    }));
}

type Tag = { Key: string; Value: string };

/**
 * The tags of a create or an update: the strict tag when strict is asked, or set to `false` on a stack that
 * has it; undefined keeps the stack's tags (UpdateStack without Tags leaves them as they are).
 */
export function withStrictTag(
  given: Tag[] | undefined,
  strict: boolean | undefined,
  existing: { Key?: string; Value?: string }[] | undefined,
): Tag[] | undefined {
  const had = existing?.some((t) => t.Key === STRICT_TAG) ?? false;
  if (!strict && !had) return given;
  const base = (given ?? (existing ?? []).map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' }))).filter(
    (t) => t.Key !== STRICT_TAG,
  );
  return [...base, { Key: STRICT_TAG, Value: strict ? 'true' : 'false' }];
}

/** One line for a console or a log: what was not emulated and what that means for a handler. */
export function placeholderLine(p: Placeholder): string {
  return `${p.logicalId}: ${p.reason}`;
}
