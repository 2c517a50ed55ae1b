import type { SchemaObject, ReferenceObject } from '@nestjs/swagger';
import { targetConstructorToSchema, validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

export const SCHEMA_REF_PREFIX = '#/components/schemas/';

/** The few schema keywords the converter below sets (the library types schemas with openapi3-ts). */
interface PlainSchema {
  type?: 'string' | 'number';
  minLength?: number;
  maxLength?: number;
  description?: string;
  [extension: `x-${string}`]: unknown;
}

/**
 * Custom contract validators carry their rule in code, not in metadata; say in the schema what they
 * check (the message the validator itself gives), so the document tells clients the whole rule.
 */
const additionalConverters = {
  // The library writes `not: { type: 'null' }`, which is not OpenAPI 3.0 (no null type there); a
  // property is non-null unless marked `nullable`, and `required` already says it must be present.
  isDefined: (): PlainSchema => ({}),
  customValidation: (meta: ValidationMetadata): PlainSchema => {
    const message =
      typeof meta.message === 'string' ? meta.message.replace('$property', 'the value') : undefined;
    const designType = Reflect.getMetadata(
      'design:type',
      (meta.target as { prototype: object }).prototype,
      meta.propertyName,
    );
    const base: PlainSchema =
      designType === String ? { type: 'string' } : designType === Number ? { type: 'number' } : {};
    if (meta.name === 'isUnifiedSocialCreditCode')
      return { ...base, minLength: 18, maxLength: 18, description: message };
    return message ? { ...base, description: message } : base;
  },
};

function options() {
  return {
    refPointerPrefix: SCHEMA_REF_PREFIX,
    classTransformerMetadataStorage: defaultMetadataStorage,
    additionalConverters,
  };
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const registered = new Map<string, Function>();

/**
 * A reference to the JSON schema of a class-validator DTO, generated from the same metadata the
 * validation pipe checks against (no second, hand-written copy to drift). The class is registered
 * under its name and emitted into `components.schemas` when the document is built.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function dtoRef(dto: Function): ReferenceObject {
  const existing = registered.get(dto.name);
  if (existing && existing !== dto) throw new Error(`two DTO classes are named ${dto.name}`);
  registered.set(dto.name, dto);
  return { $ref: `${SCHEMA_REF_PREFIX}${dto.name}` };
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function dtoSchema(dto: Function): SchemaObject {
  return targetConstructorToSchema(dto, options()) as SchemaObject;
}

/** Every registered DTO plus every class they reference (nested DTOs such as contacts). */
export function generatedSchemas(): Record<string, SchemaObject> {
  const all = validationMetadatasToSchemas(options()) as Record<string, SchemaObject>;
  for (const [name, dto] of registered) all[name] = dtoSchema(dto);
  return all;
}
