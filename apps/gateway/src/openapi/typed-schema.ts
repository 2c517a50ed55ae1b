import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';

type Schema = SchemaObject | ReferenceObject;

/**
 * The services' answers are TypeScript interfaces (no runtime metadata to generate from). Their
 * OpenAPI schemas are written here with one property per key of the interface: the mapped type makes
 * a missing or extra property a compile error, so the document cannot drift from the contract.
 */
export function objectSchema<T>(
  properties: { [K in keyof Required<T>]: Schema },
  options: { description?: string; optional?: (keyof T)[] } = {},
): SchemaObject {
  const optional = new Set<PropertyKey>(options.optional ?? []);
  return {
    type: 'object',
    description: options.description,
    required: Object.keys(properties).filter((key) => !optional.has(key)),
    properties: properties as Record<string, Schema>,
  };
}

export const str = (extra: SchemaObject = {}): SchemaObject => ({ type: 'string', ...extra });
export const nullableStr = (extra: SchemaObject = {}): SchemaObject => ({
  type: 'string',
  nullable: true,
  ...extra,
});
export const int = (extra: SchemaObject = {}): SchemaObject => ({ type: 'integer', ...extra });
export const uuid = (): SchemaObject => ({ type: 'string', format: 'uuid' });
export const dateTime = (nullable = false): SchemaObject => ({
  type: 'string',
  format: 'date-time',
  nullable,
});
export const oneOf = (values: readonly string[], extra: SchemaObject = {}): SchemaObject => ({
  type: 'string',
  enum: [...values],
  ...extra,
});
export const countsBy = (keys: readonly string[]): SchemaObject => ({
  type: 'object',
  required: [...keys],
  properties: Object.fromEntries(keys.map((k) => [k, { type: 'integer' }])),
});
