import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ACCESS_EXTENSION, BEARER_AUTH } from '../auth/access.decorator';
import { generatedSchemas } from './contract-schemas';
import { contributedSchemas } from './contributed-schemas';
import { GATEWAY_SCHEMAS } from './gateway-schemas';
import { addRequestExamples } from './request-examples';

export const OPENAPI_JSON_PATH = 'api/openapi.json';
export const SWAGGER_UI_PATH = 'api/docs';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Childcare alliance API (托育联盟)')
    .setDescription(
      'Membership of the regional childcare-services alliance: accounts, member organisations and their ' +
        'lifecycle, districts, working groups. Every error is `application/problem+json`. Send ' +
        '`x-request-id` to trace a request through the services (it is echoed back).',
    )
    .setVersion('1')
    // Relative: the document is right wherever the gateway is served (Swagger UI's "Try it out" included).
    .addServer('/', 'This gateway')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_AUTH)
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const schemas = { ...document.components?.schemas, ...generatedSchemas(), ...GATEWAY_SCHEMAS };
  // Each service's gateway module brings the response schemas of its routes (see ContributesSchemas).
  document.components = {
    ...document.components,
    schemas: { ...schemas, ...contributedSchemas(app, GATEWAY_SCHEMAS) },
  };
  markPublicOperations(document);
  addRequestExamples(document);
  return document;
}

/**
 * `security: []` on every @Public route: without it a tool reads the route as having no security
 * stated at all, rather than as open to anyone.
 */
function markPublicOperations(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item as Record<string, Record<string, unknown>>)) {
      const access = operation?.[ACCESS_EXTENSION] as { public?: boolean } | undefined;
      if (access?.public) operation.security = [];
    }
  }
}

/** `/api/openapi.json` and Swagger UI at `/api/docs` (outside the `/api/v1` prefix, which is for the API itself). */
export function setupOpenApi(app: INestApplication): OpenAPIObject {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup(SWAGGER_UI_PATH, app, document, {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    useGlobalPrefix: false,
    customSiteTitle: 'Childcare alliance API',
  });
  return document;
}
