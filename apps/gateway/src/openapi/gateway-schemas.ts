import type { SchemaObject } from '@nestjs/swagger';
import { ErrorCode, ROLES } from '@alliance/contracts';

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
      retryAfterSeconds: { type: 'integer', description: 'Only on 429.' },
      checks: { type: 'object', description: 'Only on a failing `/ready`: the state of each dependency.' },
    },
  },
  Account: {
    type: 'object',
    required: ['id', 'username', 'role', 'organisationId', 'disabled', 'createdAt', 'updatedAt'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      username: { type: 'string' },
      role: { type: 'string', enum: ROLES },
      organisationId: { type: 'string', format: 'uuid', nullable: true },
      disabled: { type: 'boolean' },
      createdAt: { type: 'string', format: 'date-time' },
      updatedAt: { type: 'string', format: 'date-time' },
    },
  },
  LoginResult: {
    type: 'object',
    required: ['accessToken', 'tokenType', 'expiresIn', 'account'],
    properties: {
      accessToken: { type: 'string', description: 'JWT; send as `Authorization: Bearer <token>`.' },
      tokenType: { type: 'string', enum: ['Bearer'] },
      expiresIn: { type: 'integer', description: 'Seconds until the token expires.' },
      account: { $ref: '#/components/schemas/Account' },
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
