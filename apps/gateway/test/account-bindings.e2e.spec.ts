import { randomUUID } from 'node:crypto';
import { GatewayHarness } from './support/gateway-harness';

describe('which accounts belong to an organisation (gateway alone)', () => {
  const h = new GatewayHarness('gw-bindings', { membership: false });
  let admin: string;
  beforeAll(async () => {
    await h.start();
    admin = await h.adminToken();
  });
  afterAll(() => h.stop());

  const create = (username: string, role: string, organisationId?: string) =>
    h.request('POST', '/api/v1/accounts', {
      token: admin,
      body: {
        username,
        password: `${username}-password-1`,
        role,
        ...(organisationId ? { organisationId } : {}),
      },
    });

  it('binds an inspector to the organisation they work at, as a representative to the one it acts for', async () => {
    const organisationId = randomUUID();
    const inspector = await create('inspector.wang', 'inspector', organisationId);
    expect({ status: inspector.status, organisationId: inspector.body.organisationId }).toEqual({
      status: 201,
      organisationId,
    });
    const rep = await create('rep.li', 'member_rep', organisationId);
    expect(rep.status).toBe(201);
  });

  it('refuses a binding for any other role, naming the field', async () => {
    for (const role of ['viewer', 'trainer', 'alliance_admin']) {
      const refused = await create(`bound.${role}`, role, randomUUID());
      expect({ status: refused.status, field: refused.body.errors?.[0]?.field }).toEqual({
        status: 400,
        field: 'organisationId',
      });
    }
  });

  it('drops an inspector’s binding when the account becomes a viewer', async () => {
    const created = await create('inspector.zhao', 'inspector', randomUUID());
    const changed = await h.request('PATCH', `/api/v1/accounts/${created.body.id}`, {
      token: admin,
      body: { role: 'viewer' },
    });
    expect({ status: changed.status, organisationId: changed.body.organisationId }).toEqual({
      status: 200,
      organisationId: null,
    });
  });
});
