import type { AccessRule, Grant } from './access.decorator';
import type { Caller } from './caller';

export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden';

function grantAllows(grant: Grant, caller: Caller, params: Record<string, string | undefined>): boolean {
  if (typeof grant === 'string') return grant === caller.role;
  if (grant.role !== caller.role) return false;
  // An unbound representative owns nothing yet.
  const target = params[grant.ownOrganisationParam];
  return caller.organisationId !== null && target !== undefined && target === caller.organisationId;
}

/**
 * Deny by default: no rule (a route someone forgot to annotate) is forbidden to everybody, a rule with
 * no grant as well. Only `@Public()` routes are open without an account.
 */
export function decideAccess(
  rule: AccessRule | undefined,
  caller: Caller | null,
  params: Record<string, string | undefined> = {},
): AccessDecision {
  if (rule?.public) return 'allow';
  if (!caller) return 'unauthenticated';
  if (!rule) return 'forbidden';
  return rule.grants.some((grant) => grantAllows(grant, caller, params)) ? 'allow' : 'forbidden';
}
