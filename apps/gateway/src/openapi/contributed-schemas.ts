import type { INestApplicationContext } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { SchemaObject } from '@nestjs/swagger';

const CONTRIBUTED_SCHEMAS = Symbol('gateway:openapi-schemas');

/**
 * Marks a gateway module as contributing these schemas to the OpenAPI document's components (the
 * response schemas of its routes), so that a service's module brings its own documentation and the
 * document builder needs no edit per service.
 */
export function ContributesSchemas(schemas: Record<string, SchemaObject>): ClassDecorator {
  return (target) => Reflect.defineMetadata(CONTRIBUTED_SCHEMAS, schemas, target);
}

/** The schemas of every module of the running app that contributes some; a name used twice is an error. */
export function contributedSchemas(
  app: Pick<INestApplicationContext, 'get'>,
  reserved: Record<string, unknown> = {},
): Record<string, SchemaObject> {
  const all: Record<string, SchemaObject> = {};
  for (const module of app.get(ModulesContainer, { strict: false }).values()) {
    const schemas = Reflect.getMetadata(CONTRIBUTED_SCHEMAS, module.metatype) as
      Record<string, SchemaObject> | undefined;
    for (const [name, schema] of Object.entries(schemas ?? {})) {
      if (name in all || name in reserved)
        throw new Error(`${module.metatype.name} contributes a schema named ${name}, which exists already`);
      all[name] = schema;
    }
  }
  return all;
}
