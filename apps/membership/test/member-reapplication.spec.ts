import { newCreditCode } from '@alliance/testing';
import {
  MembershipEvent,
  MembershipRpc,
  type MemberDetail,
  type MemberView,
} from '@alliance/contracts/membership';
import { MembershipHarness } from './membership-harness';

describe('applying again with a credit code already on record (real PostgreSQL)', () => {
  const h = new MembershipHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const admit = (m: MemberView) =>
    h.call<MemberView>(MembershipRpc.admitMember, { id: m.id, expectedVersion: m.version });

  /** An organisation with a fresh credit code, taken to the given final status. */
  async function leftWith(status: 'rejected' | 'withdrawn' | 'expelled'): Promise<MemberView> {
    const applied = await h.apply({ creditCode: newCreditCode() });
    if (status === 'rejected') {
      return h.call(MembershipRpc.rejectMember, { id: applied.id, expectedVersion: 1, reason: '材料不全' });
    }
    const admitted = await admit(applied);
    return status === 'withdrawn'
      ? h.call(MembershipRpc.withdrawMember, { id: admitted.id, expectedVersion: 2 })
      : h.call(MembershipRpc.expelMember, { id: admitted.id, expectedVersion: 2, reason: '严重违规' });
  }

  it.each(['rejected', 'withdrawn', 'expelled'] as const)(
    'lets an organisation that was %s apply again: a new record linked to the earlier one',
    async (status) => {
      const earlier = await leftWith(status);
      const again = await h.apply({ creditCode: earlier.creditCode, name: '咿薇托育（重新申请）' });
      expect(again).toMatchObject({
        status: 'applied',
        version: 1,
        creditCode: earlier.creditCode,
        previousApplicationId: earlier.id,
      });
      expect(again.id).not.toBe(earlier.id);
      const [event] = await h.outboxEvents(again.id);
      expect(event).toMatchObject({
        type: MembershipEvent.memberApplied,
        data: { memberId: again.id, previousApplicationId: earlier.id },
      });
      // The earlier record stays as it was.
      const before = await h.call<MemberDetail>(MembershipRpc.getMember, { id: earlier.id });
      expect(before).toMatchObject({ status, version: earlier.version, previousApplicationId: null });
    },
  );

  it('links a third application to the latest earlier record, and a first one to none', async () => {
    const first = await leftWith('rejected');
    expect(first.previousApplicationId).toBeNull();
    const second = await h.apply({ creditCode: first.creditCode });
    await h.call(MembershipRpc.rejectMember, { id: second.id, expectedVersion: 1, reason: '仍不符合条件' });
    const third = await h.apply({ creditCode: first.creditCode });
    expect(third.previousApplicationId).toBe(second.id);
    const [event] = await h.outboxEvents(first.id);
    expect(event.data).toMatchObject({ previousApplicationId: null });
  });

  it.each(['applied', 'admitted', 'suspended'] as const)(
    'refuses a second application while the organisation is %s',
    async (status) => {
      let live = await h.apply({ creditCode: newCreditCode() });
      if (status !== 'applied') live = await admit(live);
      if (status === 'suspended') {
        live = await h.call(MembershipRpc.suspendMember, {
          id: live.id,
          expectedVersion: 2,
          reason: '整改中',
        });
      }
      const refused = await h.refusal(MembershipRpc.applyMember, {
        ...applicationBody(live.creditCode),
      });
      expect(refused).toMatchObject({
        code: 'ALREADY_EXISTS',
        details: { fields: [{ field: 'creditCode' }] },
      });
      const [{ count }] = await h.dataSource.query(
        `SELECT count(*)::int AS count FROM member WHERE credit_code = $1`,
        [live.creditCode],
      );
      expect(count).toBe(1);
    },
  );

  it.each([
    ['a first application', async () => newCreditCode()],
    ['a re-application after a rejection', async () => (await leftWith('rejected')).creditCode],
  ])('lets exactly one of two concurrent applications with one code win: %s', async (_what, code) => {
    const creditCode = await code();
    const outcomes = await Promise.allSettled([
      h.apply({ creditCode, name: '成都第一托育' }),
      h.apply({ creditCode, name: '成都第二托育' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const loser = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason.payload).toMatchObject({
      code: 'ALREADY_EXISTS',
      details: { fields: [{ field: 'creditCode' }] },
    });
    const [{ live }] = await h.dataSource.query(
      `SELECT count(*)::int AS live FROM member WHERE credit_code = $1 AND status IN ('applied', 'admitted', 'suspended')`,
      [creditCode],
    );
    expect(live).toBe(1);
  });

  it('has the database refuse a second live record with one code, whatever the service does', async () => {
    const earlier = await leftWith('withdrawn');
    const again = await h.apply({ creditCode: earlier.creditCode });
    await expect(
      h.dataSource.query(`UPDATE member SET status = 'admitted' WHERE id = $1`, [earlier.id]),
    ).rejects.toThrow(/member_live_credit_code_key/);
    // Records that have ended may share the code freely.
    await h.call(MembershipRpc.rejectMember, { id: again.id, expectedVersion: 1, reason: '重复' });
    const [{ count }] = await h.dataSource.query(
      `SELECT count(*)::int AS count FROM member WHERE credit_code = $1 AND status IN ('rejected', 'withdrawn')`,
      [earlier.creditCode],
    );
    expect(count).toBe(2);
  });
});

function applicationBody(creditCode: string) {
  return {
    name: '高新妇女儿童医院',
    creditCode,
    kind: 'hospital',
    ownership: 'private',
    districtCode: 'gaoxin',
    address: '成都市高新区',
    contacts: [{ name: '王医生', role: '保健医', phone: '13912345678' }],
    licensedPlaces: 0,
    affordablePlaces: 0,
  };
}
