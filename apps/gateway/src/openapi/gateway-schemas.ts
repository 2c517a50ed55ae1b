import type { SchemaObject } from '@nestjs/swagger';
import { ErrorCode, ROLES } from '@alliance/contracts';
import { ACCOUNT_ACTIONS } from '../accounts/audit/account-event.entity';

/**
 * Schemas of what the gateway itself answers (problems, accounts, tokens, health). Request bodies and
 * the services' DTOs are generated from class-validator metadata instead (contract-schemas.ts).
 */
export const GATEWAY_SCHEMAS: Record<string, SchemaObject> = {
  FieldError: {
    type: 'object',
    required: ['field', 'reasons'],
    properties: {
      field: { type: 'string', description: 'Dotted path of the failing field, e.g. `contacts.0.phone`.' },
      reasons: { type: 'array', items: { type: 'string' } },
    },
  },
  ProblemDetails: {
    type: 'object',
    description: 'RFC 9457 problem details, served as `application/problem+json` for every error.',
    required: ['type', 'title', 'status', 'detail', 'instance', 'code', 'errors'],
    properties: {
      type: { type: 'string', example: 'urn:alliance:problem:validation-failed' },
      title: { type: 'string', example: 'Bad Request' },
      status: { type: 'integer', example: 400 },
      detail: { type: 'string' },
      instance: { type: 'string', description: 'Path of the request.' },
      code: { type: 'string', enum: Object.values(ErrorCode) },
      errors: { type: 'array', items: { $ref: '#/components/schemas/FieldError' } },
      requestId: { type: 'string', description: 'Also in the `x-request-id` response header.' },
      retryAfterSeconds: { type: 'integer', description: 'Only on 429 (also in `Retry-After`).' },
      passwordChangeRequired: {
        type: 'boolean',
        description:
          'Only on a 403 to an account whose password is temporary: change it at `POST /api/v1/auth/password`.',
      },
      checks: { type: 'object', description: 'Only on a failing `/ready`: the state of each dependency.' },
    },
  },
  Account: {
    type: 'object',
    required: [
      'id',
      'username',
      'role',
      'organisationId',
      'disabled',
      'mustChangePassword',
      'createdAt',
      'updatedAt',
    ],
    properties: {
      id: { type: 'string', format: 'uuid' },
      username: { type: 'string' },
      role: { type: 'string', enum: ROLES },
      organisationId: { type: 'string', format: 'uuid', nullable: true },
      disabled: { type: 'boolean' },
      mustChangePassword: {
        type: 'boolean',
        description: 'The password was set by an admin; the owner must change it before doing anything else.',
      },
      createdAt: { type: 'string', format: 'date-time' },
      updatedAt: { type: 'string', format: 'date-time' },
    },
  },
  LoginResult: {
    type: 'object',
    required: ['accessToken', 'tokenType', 'expiresIn', 'mustChangePassword', 'account'],
    properties: {
      accessToken: { type: 'string', description: 'JWT; send as `Authorization: Bearer <token>`.' },
      tokenType: { type: 'string', enum: ['Bearer'] },
      expiresIn: { type: 'integer', description: 'Seconds until the token expires.' },
      mustChangePassword: {
        type: 'boolean',
        description:
          'True: the token only serves `POST /api/v1/auth/password` until the password is changed.',
      },
      account: { $ref: '#/components/schemas/Account' },
    },
  },
  AccountEvent: {
    type: 'object',
    required: ['id', 'accountId', 'username', 'action', 'actor', 'details', 'at'],
    properties: {
      id: { type: 'string', description: 'Grows with each change.' },
      accountId: { type: 'string', format: 'uuid' },
      username: { type: 'string', description: 'Of the changed account, at the time of the change.' },
      action: { type: 'string', enum: [...ACCOUNT_ACTIONS] },
      actor: {
        type: 'object',
        nullable: true,
        description: 'Who made the change; null for the first admin created from configuration.',
        required: ['id', 'username'],
        properties: { id: { type: 'string', format: 'uuid' }, username: { type: 'string', nullable: true } },
      },
      details: { type: 'object', description: 'e.g. `{ from, to }` of a role or organisation change.' },
      at: { type: 'string', format: 'date-time' },
    },
  },
  AccountEventPage: {
    type: 'object',
    required: ['items', 'nextCursor'],
    properties: {
      items: { type: 'array', items: { $ref: '#/components/schemas/AccountEvent' } },
      nextCursor: { type: 'string', nullable: true, description: 'Pass as `cursor`; null on the last page.' },
    },
  },
  Health: {
    type: 'object',
    required: ['status'],
    properties: { status: { type: 'string', enum: ['ok'] } },
  },
  Readiness: {
    type: 'object',
    required: ['status', 'checks'],
    properties: {
      status: { type: 'string', enum: ['ok'] },
      checks: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          required: ['status'],
          properties: { status: { type: 'string', enum: ['up', 'down'] }, detail: { type: 'string' } },
        },
      },
    },
  },
};
