// ListSecrets: the secrets in creation order, filtered by name, description or tag prefixes, a page at a time.
import type { Filter, ListSecretsRequest, ListSecretsResponse } from '@aws-sdk/client-secrets-manager';
import type { SecretsContext } from './context.js';
import { invalidNextToken, validation } from './errors.js';
import type { Secret } from './secret.js';

const MAX_RESULTS = 100;

export function listSecrets(ctx: SecretsContext, input: ListSecretsRequest): ListSecretsResponse {
  const max = input.MaxResults ?? MAX_RESULTS;
  if (max < 1 || max > MAX_RESULTS) {
    throw validation(
      `1 validation error detected: Value '${max}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to ${MAX_RESULTS}`,
    );
  }
  let secrets = [...ctx.secrets.values()].filter((s) => input.IncludePlannedDeletion || !s.deleted);
  for (const f of input.Filters ?? []) secrets = secrets.filter(matcher(f));
  if (input.SortOrder === 'desc') secrets.reverse();
  let start = 0;
  if (input.NextToken) {
    const m = /^offset:(\d+)$/.exec(Buffer.from(input.NextToken, 'base64').toString('utf8'));
    if (!m) throw invalidNextToken();
    start = Number(m[1]);
  }
  const end = start + max;
  return {
    SecretList: secrets.slice(start, end).map((s) => s.listEntry()),
    NextToken: end < secrets.length ? Buffer.from(`offset:${end}`).toString('base64') : undefined,
  };
}

/** A filter's values are prefixes, case-sensitive; a leading `!` negates one. */
function matcher(f: Filter): (s: Secret) => boolean {
  const fields = (s: Secret): string[] => {
    switch (f.Key) {
      case 'name':
        return [s.name];
      case 'description':
        return s.description ? [s.description] : [];
      case 'tag-key':
        return s.tags.map((t) => String(t.Key));
      case 'tag-value':
        return s.tags.map((t) => String(t.Value));
      case 'all':
        return [s.name, s.description ?? '', ...s.tags.flatMap((t) => [String(t.Key), String(t.Value)])];
      default:
        return [];
    }
  };
  return (s) =>
    (f.Values ?? []).some((v) => {
      const negated = v.startsWith('!');
      const prefix = negated ? v.slice(1) : v;
      const hit = fields(s).some((x) => x.startsWith(prefix));
      return negated ? !hit : hit;
    });
}
