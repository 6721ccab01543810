// DeleteAuthorizer: an authorizer no method uses any more.
import type { DeleteAuthorizerRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { conflict, invalidIdentifier } from '../errors.js';

export function deleteAuthorizer(
  ctx: ApiGatewayContext,
  input: DeleteAuthorizerRequest,
): Record<string, never> {
  const api = ctx.restApi(input.restApiId);
  const id = String(input.authorizerId);
  if (!api.authorizers.has(id)) throw invalidIdentifier('Authorizer', ctx.accountId, id);
  for (const r of api.resources.values())
    for (const m of r.methods.values())
      if (m.authorizerId === id) throw conflict('Cannot delete authorizer, is referenced in method');
  api.authorizers.delete(id);
  return {};
}
