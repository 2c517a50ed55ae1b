import { GatewayHarness } from './support/gateway-harness';

interface Operation {
  summary?: string;
  security?: unknown[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
  'x-allowed-roles'?: string[];
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
}

const PUBLIC = new Set([
  'POST /api/v1/auth/login',
  'GET /health',
  'GET /ready',
  'GET /ready/self',
  'GET /api/v1/certificates/verify/{code}',
]);

/** Every `$ref` anywhere in a value. */
function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.push(v);
      else refsIn(v, found);
    }
  }
  return found;
}

describe('OpenAPI document (/api/openapi.json) and Swagger UI (/api/docs)', () => {
  // The document does not need the services: a gateway alone serves it.
  const h = new GatewayHarness('gw-openapi', { membership: false });
  let doc: Document;

  beforeAll(async () => {
    await h.start();
    doc = (await h.request('GET', '/api/openapi.json')).body as Document;
  });
  afterAll(() => h.stop());

  function operations(): Array<[string, Operation]> {
    return Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(
        ([method, op]) => [`${method.toUpperCase()} ${path}`, op] as [string, Operation],
      ),
    );
  }

  it('documents every operation with a summary, a JSON success schema and problem+json errors', () => {
    expect(operations().length).toBeGreaterThanOrEqual(25);
    for (const [name, op] of operations()) {
      expect({ name, summary: op.summary }).toEqual({ name, summary: expect.any(String) });
      const success = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
      expect({ name, success: success.length }).toEqual({ name, success: 1 });
      expect({ name, schema: success[0][1].content?.['application/json']?.schema }).toEqual({
        name,
        schema: expect.anything(),
      });
      const errors = Object.entries(op.responses).filter(([status]) => !status.startsWith('2'));
      // Liveness answers 200 or nothing at all.
      if (name !== 'GET /health') expect({ name, errors: errors.length > 0 }).toEqual({ name, errors: true });
      for (const [status, response] of errors) {
        expect({ name, status, schema: response.content?.['application/problem+json']?.schema }).toEqual({
          name,
          status,
          schema: { $ref: '#/components/schemas/ProblemDetails' },
        });
      }
    }
  });

  it('marks every protected operation with bearer auth, 401, 403 and its allowed roles', () => {
    for (const [name, op] of operations()) {
      if (PUBLIC.has(name)) {
        // Stated as open to anyone: `security: []`.
        expect({ name, security: op.security }).toEqual({ name, security: [] });
        continue;
      }
      expect({ name, security: op.security }).toEqual({ name, security: [{ bearer: [] }] });
      expect({ name, has401: '401' in op.responses, has403: '403' in op.responses }).toEqual({
        name,
        has401: true,
        has403: true,
      });
      expect({ name, roles: op['x-allowed-roles']?.length }).toEqual({ name, roles: expect.any(Number) });
    }
  });

  it('gives every body a schema generated from the contract DTO (fields, required, rules)', () => {
    const withBody = operations().filter(([, op]) => op.requestBody);
    expect(withBody.length).toBeGreaterThanOrEqual(14);
    for (const [name, op] of withBody) {
      const ref = op.requestBody!.content['application/json'].schema.$ref!;
      const schema = doc.components.schemas[ref.replace('#/components/schemas/', '')];
      expect({ name, properties: Object.keys(schema?.properties ?? {}).length > 0 }).toEqual({
        name,
        properties: true,
      });
    }
    const apply = doc.components.schemas.ApplyForMembershipDto;
    expect(apply.required).toEqual(
      expect.arrayContaining(['name', 'creditCode', 'kind', 'districtCode', 'contacts']),
    );
    expect(apply.properties?.contacts).toMatchObject({
      type: 'array',
      items: { $ref: '#/components/schemas/MemberContactDto' },
    });
    expect(doc.components.schemas.MemberContactDto.properties?.phone).toMatchObject({
      description: expect.stringContaining('landline'),
    });
    // The path carries the id: the HTTP body of a transition has none.
    expect(Object.keys(doc.components.schemas.AdmitMemberBody.properties ?? {})).toEqual([
      'expectedVersion',
      'reason',
    ]);
  });

  it('resolves every $ref to a schema in components', () => {
    const missing = refsIn(doc).filter(
      (ref) => !doc.components.schemas[ref.replace('#/components/schemas/', '')],
    );
    expect(missing).toEqual([]);
  });

  it('documents the list filters under their HTTP names', () => {
    const params = (doc.paths['/api/v1/members'].get as unknown as { parameters: Array<{ name: string }> })
      .parameters;
    expect(params.map((p) => p.name).sort()).toEqual(
      [
        'affordableDesignation',
        'allianceRole',
        'cursor',
        'district',
        'kind',
        'limit',
        'order',
        'q',
        'sort',
        'status',
      ].sort(),
    );
  });

  it('serves Swagger UI', async () => {
    const ui = await h.request('GET', '/api/docs');
    expect(ui.status).toBe(200);
    expect(String(ui.body)).toContain('swagger');
  });
});
