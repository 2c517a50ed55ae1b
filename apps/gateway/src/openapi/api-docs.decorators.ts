import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { SchemaObject, ReferenceObject } from '@nestjs/swagger';
import { statusTitle, PROBLEM_CONTENT_TYPE } from '../http/problem-details';
import { dtoRef, dtoSchema } from './contract-schemas';

export const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });
export const arrayOf = (items: SchemaObject | ReferenceObject): SchemaObject => ({ type: 'array', items });

const WHY: Record<number, string> = {
  400: 'Invalid input: `errors` lists each failing field and its reasons (unknown fields are refused).',
  401: 'No valid bearer token, or the account is disabled.',
  403: 'The caller’s role may not do this.',
  404: 'Not found.',
  409: 'Conflict: a stale `expectedVersion`, an illegal status transition, or a duplicate.',
  422: 'A business rule of the service refused the request.',
  429: 'Too many attempts; see `Retry-After`.',
  503: 'The service behind this route is not running, NATS is down, or no answer came within the timeout (`code` TIMEOUT: the change may or may not have been applied).',
};

/** Error responses, all `application/problem+json`. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: `${statusTitle(status)}. ${WHY[status] ?? ''}`.trim(),
        content: { [PROBLEM_CONTENT_TYPE]: { schema: ref('ProblemDetails') } },
      }),
    ),
  );
}

/** What every route forwarded to a service may answer besides its own errors. */
export const FORWARDED_ERRORS = [400, 503] as const;

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function ApiJsonBody(dto: Function, description?: string) {
  return ApiBody({ required: true, description, schema: dtoRef(dto) });
}

export function ApiResult(status: number, schema: SchemaObject | ReferenceObject, description = 'Success.') {
  return ApiResponse({ status, description, content: { 'application/json': { schema } } });
}

export function ApiUuidParam(name: string, description: string) {
  return ApiParam({ name, description, schema: { type: 'string', format: 'uuid' } });
}

export function ApiSummary(summary: string, description?: string) {
  return ApiOperation({ summary, description });
}

/**
 * One query parameter per property of a query DTO, with the schema generated from its validation
 * metadata. `rename` maps DTO property → HTTP parameter name.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function ApiQueryFrom(dto: Function, rename: Record<string, string> = {}) {
  const schema = dtoSchema(dto);
  const required = new Set(schema.required ?? []);
  return applyDecorators(
    ...Object.entries(schema.properties ?? {}).map(([property, propertySchema]) =>
      ApiQuery({
        name: rename[property] ?? property,
        required: required.has(property),
        schema: propertySchema as SchemaObject,
      }),
    ),
  );
}
