import type { INestApplication, PipeTransform, Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { isValidUnifiedSocialCreditCode } from '@alliance/contracts';
import { startGateway } from '../src/bootstrap';
import { ApiProblem } from '../src/http/problem-details';
import { createValidationPipe } from '../src/http/validation';
import { EXAMPLE_IDS, REQUEST_EXAMPLES } from '../src/openapi/request-examples';
import { ADMIN_PASSWORD, ADMIN_USERNAME, GatewayHarness } from './support/gateway-harness';

/**
 * Every request body in the OpenAPI document carries an example, and every example is one its route accepts:
 * checked with the gateway's validation pipe against the DTO class of the route's @Body() parameter, and sent to
 * the running gateway, which must not answer 400. The examples live in apps/gateway/src/openapi/request-examples.ts.
 */

interface MediaType {
  schema?: { $ref?: string };
  example?: unknown;
}
interface Operation {
  operationId: string;
  requestBody?: { content: Record<string, MediaType> };
  parameters?: Array<{
    name: string;
    in: string;
    schema?: { format?: string; enum?: string[]; pattern?: string };
  }>;
  'x-allowed-roles'?: string[];
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
}
interface BodyMedia {
  /** `METHOD /path`, as the failure messages name it. */
  operation: string;
  path: string;
  method: string;
  op: Operation;
  mediaType: string;
  media: MediaType;
}

const EXAMPLES_FILE = 'apps/gateway/src/openapi/request-examples.ts';
/** RouteParamtypes.BODY (the enum is not exported from @nestjs/common's entry point). */
const BODY_PARAM = 3;
const SOME_UUID = '5f0c2a8e-3b1d-4c6e-9a7f-2d8b4e6c1a90';
/** A 1×1 PNG, for the multipart uploads' `file` part. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('OpenAPI request examples: present on every body and accepted by its route', () => {
  // The document and the DTO checks need no service; the requests then stop at a missing service (503).
  const h = new GatewayHarness('gw-openapi-examples', { membership: false });
  let app: INestApplication;
  let doc: Document;
  let bodies: BodyMedia[];

  beforeAll(async () => {
    app = await startGateway(h.gatewayConfig());
    h.baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    doc = (await h.request('GET', '/api/openapi.json')).body as Document;
    bodies = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) =>
        Object.entries(op.requestBody?.content ?? {}).map(([mediaType, media]) => ({
          operation: `${method.toUpperCase()} ${path}`,
          path,
          method: method.toUpperCase(),
          op,
          mediaType,
          media,
        })),
      ),
    );
  });
  afterAll(async () => {
    await app?.close();
    await h.stop();
  });

  const schemaOf = (b: BodyMedia) => b.media.schema?.$ref?.split('/').pop() ?? '(inline schema)';

  it('gives every request body media type an example (a new route: add one to request-examples.ts)', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(70);
    const missing = bodies
      .filter((b) => b.media.example === undefined)
      .map(
        (b) =>
          `${b.operation} (${b.op.operationId}, ${b.mediaType}): no example — add REQUEST_EXAMPLES.${schemaOf(b)} ` +
          `(or OPERATION_EXAMPLES['${b.operation}']) in ${EXAMPLES_FILE}`,
      );
    expect(missing).toEqual([]);
  });

  it('uses realistic data: a Chengdu centre with a valid credit code in a real district', () => {
    const apply = bodies.find(
      (b) => b.operation === 'POST /api/v1/members' && b.mediaType === 'application/json',
    );
    const example = apply?.media.example as { creditCode: string; districtCode: string; address: string };
    expect(isValidUnifiedSocialCreditCode(example.creditCode)).toBe(true);
    // 5101xx: a division of Chengdu.
    expect(example.creditCode.slice(2, 6)).toBe('5101');
    expect(example.districtCode).toBe('wuhou');
    expect(example.address).toMatch(/^成都市武侯区/);
  });

  interface RouteBody {
    /** The declared type of the route's @Body() parameter. */
    dto: unknown;
    /** Pipes given to @Body() itself, which run after the global validation pipe. */
    pipes: PipeTransform[];
    /** The DTO class the route validates against: the declared type, or the one a @Body() pipe checks. */
    name: string;
  }

  /** The route's @Body() parameter, as Nest's router reads it. */
  function routeBodyOf(operationId: string): RouteBody {
    const [controllerName, handler] = operationId.split('_');
    for (const module of app.get(ModulesContainer, { strict: false }).values()) {
      for (const wrapper of module.controllers.values()) {
        const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
        if (controller?.name !== controllerName) continue;
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<
          string,
          { index: number; pipes?: Array<PipeTransform | Type<PipeTransform>> }
        >;
        const body = Object.entries(args).find(([key]) => key.split(':')[0] === String(BODY_PARAM))?.[1];
        const types = Reflect.getMetadata('design:paramtypes', controller.prototype, handler) as unknown[];
        const dto = body ? types[body.index] : undefined;
        const pipes = (body?.pipes ?? []).map((pipe) =>
          typeof pipe === 'function' ? app.get(pipe, { strict: false }) : pipe,
        );
        // A pipe that validates against a DTO of its own keeps it as `dto` (OptionalBody).
        const piped = pipes.map((pipe) => (pipe as unknown as { dto?: { name: string } }).dto).find(Boolean);
        const declared = (dto as { name?: string } | undefined)?.name;
        const name = declared && declared !== 'Object' ? declared : (piped?.name ?? '(none)');
        return { dto, pipes, name };
      }
    }
    throw new Error(`no controller method for operationId ${operationId}`);
  }

  it('documents each body with the schema of the DTO its route validates', () => {
    const mismatched = bodies
      .filter((b) => b.media.schema?.$ref)
      .map((b) => ({ b, route: routeBodyOf(b.op.operationId).name }))
      .filter(({ b, route }) => route !== schemaOf(b))
      .map(
        ({ b, route }) =>
          `${b.operation} (${b.mediaType}): documented ${schemaOf(b)}, the route validates ${route}`,
      );
    expect(mismatched).toEqual([]);
  });

  it("passes every example through the gateway's validation pipe against its route's DTO", async () => {
    const pipe = createValidationPipe();
    const refused: string[] = [];
    for (const b of bodies.filter((x) => x.media.example !== undefined)) {
      const { dto, pipes } = routeBodyOf(b.op.operationId);
      const metadata = { type: 'body' as const, metatype: dto as Type<unknown>, data: undefined };
      try {
        let value = await pipe.transform(structuredClone(b.media.example), metadata);
        for (const own of pipes) value = await own.transform(value, metadata);
      } catch (error) {
        const fields =
          error instanceof ApiProblem
            ? error.errors.map((e) => `${e.field}: ${e.reasons.join('; ')}`).join(' | ')
            : String(error);
        refused.push(
          `${b.operation} (${b.mediaType}) example refused — ${fields} — fix it in ${EXAMPLES_FILE}`,
        );
      }
    }
    expect(refused).toEqual([]);
  });

  /** A value for each path parameter that its own pipe accepts. */
  function concretePath(b: BodyMedia): string {
    return b.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const schema = b.op.parameters?.find((p) => p.in === 'path' && p.name === name)?.schema;
      if (schema?.enum?.length) return schema.enum[0];
      const candidates = [SOME_UUID, '1', 'membership', 'wuhou'];
      if (schema?.pattern) {
        const fits = candidates.find((c) => new RegExp(schema.pattern as string).test(c));
        if (fits) return fits;
      }
      if (schema?.format === 'uuid' || /id$/i.test(name)) return SOME_UUID;
      if (name === 'service') return 'membership';
      if (name === 'code') return 'wuhou';
      return 'example';
    });
  }

  it('sends every example to the running gateway: no route answers 400 to its own example', async () => {
    const admin = await h.login(ADMIN_USERNAME, ADMIN_PASSWORD);
    // The happy path as a client walks it: the account example creates the inspector the audit examples name,
    // and that inspector's first login is what the password-change example answers.
    const account = REQUEST_EXAMPLES.CreateAccountBody as { username: string; password: string };
    const created = await h.request('POST', '/api/v1/accounts', { token: admin, body: account });
    expect(created.status).toBe(201);
    const firstLogin = await h.request('POST', '/api/v1/auth/login', {
      body: { username: account.username, password: account.password },
    });
    expect(firstLogin.status).toBe(200);
    const trainer = await h.account(admin, 'wu.trainer', 'trainer');
    const realIds: Record<string, string> = {
      [EXAMPLE_IDS.inspector]: created.body.id as string,
      [EXAMPLE_IDS.trainer]: trainer.id,
    };
    const tokenFor = (operation: string) =>
      operation === 'POST /api/v1/auth/password' ? (firstLogin.body.accessToken as string) : admin;
    const refused: string[] = [];
    const unchecked: string[] = [];
    for (const b of bodies.filter((x) => x.media.example !== undefined)) {
      // Every route lets the admin through today; one that does not would need its own role's account here.
      if (!(b.op['x-allowed-roles'] ?? ['alliance_admin']).includes('alliance_admin')) {
        unchecked.push(b.operation);
        continue;
      }
      const example = JSON.parse(
        JSON.stringify(b.media.example).replace(/[0-9a-f-]{36}/g, (id) => realIds[id] ?? id),
      ) as Record<string, unknown>;
      let body: string | FormData;
      const headers: Record<string, string> = { authorization: `Bearer ${tokenFor(b.operation)}` };
      if (b.mediaType === 'multipart/form-data') {
        body = new FormData();
        for (const [key, value] of Object.entries(example)) body.append(key, String(value));
        body.append('file', new Blob([PNG], { type: 'image/png' }), '现场照片.png');
      } else {
        body = JSON.stringify(example);
        headers['content-type'] = b.mediaType;
      }
      const response = await fetch(`${h.baseUrl}${concretePath(b)}`, { method: b.method, headers, body });
      const answer = await response.text();
      if (response.status === 400) {
        refused.push(
          `${b.operation} (${b.mediaType}) answered 400 to its example: ${answer} — fix it in ${EXAMPLES_FILE}`,
        );
      }
    }
    expect(refused).toEqual([]);
    expect(unchecked).toEqual([]);
  });
});
