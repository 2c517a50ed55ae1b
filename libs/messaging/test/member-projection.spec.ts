import { randomBytes, randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@alliance/contracts';
import {
  MembershipEvent,
  type MemberProfileData,
  type MemberStatus,
  type MemberStatusChangeData,
  type OrganisationKind,
} from '@alliance/contracts/membership';
import { dropSchema, inTransaction, openServiceDataSource } from '@alliance/persistence';
import {
  Entity,
  type DataSource,
  type EntityManager,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import {
  applyMemberProfile,
  applyMemberStatus,
  MemberOrganisationColumns,
  MemberOrganisationWithKindColumns,
  reactionMeta,
  type MemberProjectionOptions,
} from '../src';

const url =
  process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** The table as training, compliance and coordination create it. */
class CreateMemberOrganisation1700000000001 implements MigrationInterface {
  name = 'CreateMemberOrganisation1700000000001';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE member_organisation (
      organisation_id uuid PRIMARY KEY, name text NOT NULL, kind text NOT NULL, district_code text NOT NULL,
      status text NOT NULL, version integer NOT NULL CHECK (version >= 1), updated_at timestamptz NOT NULL)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE member_organisation');
  }
}

/** The table as resources creates it: no kind. */
class CreateMemberOrganisationWithoutKind1700000000001 implements MigrationInterface {
  name = 'CreateMemberOrganisationWithoutKind1700000000001';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE member_organisation (
      organisation_id uuid PRIMARY KEY, name text NOT NULL, district_code text NOT NULL,
      status text NOT NULL, version integer NOT NULL CHECK (version >= 1), updated_at timestamptz NOT NULL)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE member_organisation');
  }
}

@Entity({ name: 'member_organisation' })
class MemberOrganisation extends MemberOrganisationWithKindColumns {}

@Entity({ name: 'member_organisation' })
class MemberOrganisationWithoutKind extends MemberOrganisationColumns {}

function envelope<T extends object>(type: string, id: string, version: number, data: T): EventEnvelope<T> {
  return {
    eventId: randomUUID(),
    type,
    version: 1,
    // A second per version, so updated_at tells which event a row reflects.
    occurredAt: new Date(Date.UTC(2026, 0, 1, 8, 0, version)).toISOString(),
    aggregateId: id,
    aggregateVersion: version,
    correlationId: `corr-${id}`,
    causationId: null,
    actor: { id: 'membership', kind: 'service' },
    data,
  };
}

function profileEvent(
  id: string,
  version: number,
  name: string,
  status: MemberStatus,
  kind: OrganisationKind = 'kindergarten',
): EventEnvelope<MemberProfileData> {
  return envelope(MembershipEvent.memberProfileUpdated, id, version, {
    memberId: id,
    name,
    nameEn: null,
    creditCode: '91310000MA1FL0000X',
    kind,
    ownership: 'private',
    districtCode: '310104',
    districtName: '徐汇区',
    address: '漕溪北路 1 号',
    licensedPlaces: 60,
    affordablePlaces: 20,
    allianceRole: 'member',
    status,
  });
}

function statusEvent(
  id: string,
  version: number,
  name: string,
  fromStatus: MemberStatus,
  toStatus: MemberStatus,
): EventEnvelope<MemberStatusChangeData> {
  return envelope(MembershipEvent.memberSuspended, id, version, {
    memberId: id,
    name,
    districtCode: '310105',
    fromStatus,
    toStatus,
    reason: null,
    changedAt: new Date().toISOString(),
  });
}

describe('the member organisation projection (real PostgreSQL)', () => {
  const schema = `t_memproj_${randomBytes(4).toString('hex')}`;
  let ds: DataSource;

  beforeAll(async () => {
    ds = await openServiceDataSource({
      url,
      schema,
      entities: [MemberOrganisation],
      migrations: [CreateMemberOrganisation1700000000001],
      poolSize: 4,
    });
  });
  afterAll(async () => {
    await ds?.destroy();
    await dropSchema(url, schema);
  });

  const profile = (event: EventEnvelope<MemberProfileData>, options?: MemberProjectionOptions) =>
    inTransaction(ds, (manager) => applyMemberProfile(manager, event, options));
  const status = (event: EventEnvelope<MemberStatusChangeData>, options?: MemberProjectionOptions) =>
    inTransaction(ds, (manager) => applyMemberStatus(manager, event, options));
  const row = async (id: string) => {
    const [found] = await ds.query(
      `SELECT name, kind, district_code, status, version, updated_at FROM member_organisation
        WHERE organisation_id = $1`,
      [id],
    );
    return found as Record<string, unknown> | undefined;
  };

  it('takes the whole profile from a profile event and the status from a status change, keeping the kind', async () => {
    const id = randomUUID();
    expect(await profile(profileEvent(id, 1, '阳光托育', 'applied'))).toBe(true);
    expect(await row(id)).toEqual({
      name: '阳光托育',
      kind: 'kindergarten',
      district_code: '310104',
      status: 'applied',
      version: 1,
      updated_at: new Date('2026-01-01T08:00:01.000Z'),
    });

    expect(await status(statusEvent(id, 2, '阳光托育中心', 'applied', 'rejected'))).toBe(true);
    expect(await row(id)).toEqual({
      name: '阳光托育中心',
      kind: 'kindergarten',
      district_code: '310105',
      status: 'rejected',
      version: 2,
      updated_at: new Date('2026-01-01T08:00:02.000Z'),
    });
    // What a service's entity extending the shared columns reads of it.
    expect(await ds.getRepository(MemberOrganisation).findOneByOrFail({ organisationId: id })).toEqual({
      organisationId: id,
      name: '阳光托育中心',
      kind: 'kindergarten',
      districtCode: '310105',
      status: 'rejected',
      version: 2,
      updatedAt: new Date('2026-01-01T08:00:02.000Z'),
    });
  });

  it('never goes back to an older version, whichever event arrives late', async () => {
    const id = randomUUID();
    expect(await profile(profileEvent(id, 3, '新名', 'admitted', 'hospital'))).toBe(true);

    expect(await profile(profileEvent(id, 2, '旧名', 'applied', 'university'))).toBe(false);
    expect(await status(statusEvent(id, 1, '旧名', 'applied', 'rejected'))).toBe(false);
    expect(await row(id)).toMatchObject({ name: '新名', kind: 'hospital', status: 'admitted', version: 3 });

    expect(await status(statusEvent(id, 4, '新名', 'admitted', 'suspended'))).toBe(true);
    expect(await profile(profileEvent(id, 3, '旧名', 'admitted', 'university'))).toBe(false);
    expect(await row(id)).toMatchObject({ name: '新名', kind: 'hospital', status: 'suspended', version: 4 });
  });

  it('applies a redelivered event once: the second time answers false and changes nothing', async () => {
    const id = randomUUID();
    const admitted = profileEvent(id, 1, '晨曦托育', 'admitted');
    expect(await profile(admitted)).toBe(true);
    expect(await profile(admitted)).toBe(false);

    const suspended = statusEvent(id, 2, '晨曦托育', 'admitted', 'suspended');
    expect(await status(suspended)).toBe(true);
    expect(await status(suspended)).toBe(false);
    expect(await row(id)).toMatchObject({ status: 'suspended', version: 2 });
  });

  it('applies one of three copies delivered at once', async () => {
    const id = randomUUID();
    await profile(profileEvent(id, 1, '双份托育', 'admitted'));
    const withdrawn = statusEvent(id, 2, '双份托育', 'admitted', 'withdrawn');
    const applied = await Promise.all([status(withdrawn), status(withdrawn), status(withdrawn)]);
    expect(applied.filter(Boolean)).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: 'withdrawn', version: 2 });
  });

  it("keeps an organisation first seen through a status change as kind 'other' until a profile says more", async () => {
    const id = randomUUID();
    expect(await status(statusEvent(id, 5, '迟到托育', 'admitted', 'suspended'))).toBe(true);
    expect(await row(id)).toMatchObject({ name: '迟到托育', kind: 'other', status: 'suspended', version: 5 });

    expect(await profile(profileEvent(id, 6, '迟到托育', 'admitted', 'childcare_centre'))).toBe(true);
    expect(await row(id)).toMatchObject({ kind: 'childcare_centre', status: 'admitted', version: 6 });
  });
});

describe('the member organisation projection of a table without kind (real PostgreSQL)', () => {
  const schema = `t_memproj_nokind_${randomBytes(4).toString('hex')}`;
  let ds: DataSource;

  beforeAll(async () => {
    ds = await openServiceDataSource({
      url,
      schema,
      entities: [MemberOrganisationWithoutKind],
      migrations: [CreateMemberOrganisationWithoutKind1700000000001],
    });
  });
  afterAll(async () => {
    await ds?.destroy();
    await dropSchema(url, schema);
  });

  it('leaves the kind out and keeps the same version rules', async () => {
    const id = randomUUID();
    const apply = (work: (manager: EntityManager) => Promise<boolean>) => inTransaction(ds, work);
    expect(
      await apply((m) =>
        applyMemberStatus(m, statusEvent(id, 2, '无类', 'admitted', 'suspended'), { kind: false }),
      ),
    ).toBe(true);
    expect(
      await apply((m) => applyMemberProfile(m, profileEvent(id, 1, '旧名', 'applied'), { kind: false })),
    ).toBe(false);
    expect(
      await apply((m) => applyMemberProfile(m, profileEvent(id, 3, '无类', 'admitted'), { kind: false })),
    ).toBe(true);
    expect(
      await apply((m) => applyMemberProfile(m, profileEvent(id, 3, '无类', 'admitted'), { kind: false })),
    ).toBe(false);
    const [found] = await ds.query(
      `SELECT name, district_code, status, version FROM member_organisation WHERE organisation_id = $1`,
      [id],
    );
    expect(found).toEqual({ name: '无类', district_code: '310104', status: 'admitted', version: 3 });
    expect(
      await ds.getRepository(MemberOrganisationWithoutKind).findOneByOrFail({ organisationId: id }),
    ).toEqual({
      organisationId: id,
      name: '无类',
      districtCode: '310104',
      status: 'admitted',
      version: 3,
      updatedAt: new Date('2026-01-01T08:00:03.000Z'),
    });
  });
});

describe('reactionMeta', () => {
  it('correlates the reaction with the event, caused by it, attributed to the service', () => {
    const event = statusEvent(randomUUID(), 2, '托育', 'admitted', 'withdrawn');
    expect(reactionMeta(event, 'training')).toEqual({
      correlationId: event.correlationId,
      causationId: event.eventId,
      actor: { id: 'training', kind: 'service' },
    });
  });
});
