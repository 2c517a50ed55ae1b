import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiResponse } from '@nestjs/swagger';
import type { Role } from '@alliance/contracts';

/** A role allowed on a route only for its own organisation, named by a path parameter. */
export interface OwnOrganisationGrant {
  role: Role;
  ownOrganisationParam: string;
}
export type Grant = Role | OwnOrganisationGrant;

export type AccessRule = { public: true } | { public?: false; grants: Grant[] };

export const ACCESS_METADATA = 'gateway:access';
export const TEMPORARY_PASSWORD_METADATA = 'gateway:temporary-password-ok';
export const BEARER_AUTH = 'bearer';

/**
 * The access rule as the OpenAPI document carries it (`x-access`), machine-readable, so that tests and
 * clients read exactly what the guard enforces.
 */
export const ACCESS_EXTENSION = 'x-access';

/** The route needs no account (login, health, readiness). */
export const Public = () =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { public: true } satisfies AccessRule),
    ApiExtension(ACCESS_EXTENSION, { public: true }),
  );

function describeGrant(grant: Grant): string {
  return typeof grant === 'string' ? grant : `${grant.role} (own organisation only)`;
}

const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } };

/**
 * The route is open to these grants only; a route without `@Allow` or `@Public` is refused to everyone.
 * The same rule is written into the OpenAPI operation (`x-allowed-roles`, 401, 403), so the document
 * cannot disagree with the guard.
 */
export function Allow(...grants: Grant[]) {
  return applyDecorators(
    SetMetadata(ACCESS_METADATA, { grants } satisfies AccessRule),
    ApiBearerAuth(BEARER_AUTH),
    ApiExtension('x-allowed-roles', grants.map(describeGrant)),
    ApiExtension(ACCESS_EXTENSION, { grants }),
    ApiResponse({
      status: 401,
      description: 'Unauthorized. No valid bearer token, or the account is disabled.',
      content: problem,
    }),
    ApiResponse({
      status: 403,
      description: `Forbidden. Allowed: ${grants.map(describeGrant).join(', ')}.`,
      content: problem,
    }),
  );
}

/**
 * The route stays open to an account whose password is temporary (set by an admin); every other
 * route refuses it with 403 until it has chosen its own.
 */
export const AllowedWithTemporaryPassword = () => SetMetadata(TEMPORARY_PASSWORD_METADATA, true);

export function ownOrganisation(role: Role, param = 'id'): OwnOrganisationGrant {
  return { role, ownOrganisationParam: param };
}
