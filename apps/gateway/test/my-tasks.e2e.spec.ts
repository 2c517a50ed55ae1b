import { waitFor } from '@alliance/testing';
import { application, GatewayHarness } from './support/gateway-harness';

interface Task {
  id: string;
  kind: string;
  title: string;
  subjectId: string;
  link: string;
  dueAt: string | null;
}

/**
 * A person's to-do list with processes: membership and coordination run as processes, the gateway in-process;
 * the test speaks HTTP only. Coordination builds the list from its own events (outbox → NATS → its consumer).
 */
describe('my tasks end to end (processes)', () => {
  const h = new GatewayHarness('gw-my-tasks', { coordination: true });
  let admin: string;
  const members: Record<'a' | 'b', { id: string; rep: string }> = {} as never;

  beforeAll(async () => {
    await h.start();
    admin = await h.adminToken();
    for (const [key, name, district] of [
      ['a', '高新未来托育中心', 'gaoxin'],
      ['b', '武侯小星星托育', 'wuhou'],
    ] as const) {
      const applied = await h.request('POST', '/api/v1/members', {
        token: admin,
        body: application({ name, districtCode: district }),
      });
      expect(applied.status).toBe(201);
      const admitted = await h.request('POST', `/api/v1/members/${applied.body.id}/admit`, {
        token: admin,
        body: { expectedVersion: applied.body.version, reason: '入盟' },
      });
      expect(admitted.status).toBe(200);
      const rep = await h.account(admin, `tasks-rep-${key}`, 'member_rep', applied.body.id);
      members[key] = { id: applied.body.id, rep: rep.token };
    }
  });
  afterAll(() => h.stop());

  const tasksOf = async (token: string): Promise<Task[]> => {
    const answer = await h.request<{ items: Task[] }>('GET', '/api/v1/me/tasks', { token });
    expect(answer.status).toBe(200);
    return answer.body.items;
  };

  it('a representative’s to-do list shows a new notice within a second of publication, and drops it once acknowledged', async () => {
    const acknowledgeBy = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const draft = await h.request('POST', '/api/v1/notices', {
      token: admin,
      body: {
        title: '关于做好普惠托位申报工作的通知',
        body: '请于截止日期前签收。',
        category: 'policy',
        issuer: '成都市卫生健康委员会',
        audience: { kind: 'members', organisationIds: [members.a.id] },
        requiresAcknowledgement: true,
        acknowledgeBy,
        reminderDaysBefore: 2,
      },
    });
    expect(draft.status).toBe(201);
    const id = draft.body.id as string;
    // Publishing is refused (422) until coordination has learnt of the member from membership's events.
    let publishedAt = 0;
    await waitFor(
      async () => {
        const published = await h.request('POST', `/api/v1/notices/${id}/publish`, {
          token: admin,
          body: { expectedVersion: 1 },
        });
        if (published.status === 422) return false;
        publishedAt = Date.now();
        expect(published.status).toBe(200);
        return true;
      },
      { timeoutMs: 30_000, what: 'coordination to know the member' },
    );

    let listed: Task | undefined;
    while (!listed && Date.now() - publishedAt < 5_000) {
      listed = (await tasksOf(members.a.rep)).find((t) => t.subjectId === id);
      if (!listed) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const elapsed = Date.now() - publishedAt;
    expect(listed).toEqual({
      id: expect.any(String),
      kind: 'notice_acknowledgement',
      title: '签收通知：关于做好普惠托位申报工作的通知',
      subjectId: id,
      link: `/notices/${id}`,
      dueAt: acknowledgeBy,
      overdue: false,
      organisationId: members.a.id,
      createdAt: expect.any(String),
    });
    expect(elapsed).toBeLessThan(1000);
    // Not addressed to the other organisation, nor the admin's to do.
    expect((await tasksOf(members.b.rep)).map((t) => t.subjectId)).not.toContain(id);
    expect((await tasksOf(admin)).map((t) => t.subjectId)).not.toContain(id);

    const ack = await h.request('POST', `/api/v1/notices/${id}/acknowledge`, {
      token: members.a.rep,
      body: { reply: '已收悉' },
    });
    expect(ack.status).toBe(200);
    await waitFor(async () => !(await tasksOf(members.a.rep)).some((t) => t.subjectId === id), {
      timeoutMs: 10_000,
      intervalMs: 50,
      what: 'the acknowledged notice to leave the to-do list',
    });
  });

  it('a query that is not one is a 400 naming the field', async () => {
    const bad = await h.request('GET', '/api/v1/me/tasks?kind=chores&limit=0', { token: members.b.rep });
    expect([bad.status, bad.headers.get('content-type')]).toEqual([
      400,
      expect.stringMatching(/problem\+json/),
    ]);
    expect(bad.body.errors.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['kind', 'limit']),
    );
    const cursor = await h.request('GET', '/api/v1/me/tasks?cursor=bm90', { token: members.b.rep });
    expect([cursor.status, cursor.body.errors?.[0]?.field]).toEqual([400, 'cursor']);
  });
});
