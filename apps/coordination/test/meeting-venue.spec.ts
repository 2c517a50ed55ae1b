import { healthPingSubject } from '@alliance/contracts';
import { CoordinationRpc, type MeetingView } from '@alliance/contracts/coordination';
import { ResourcesRpc, type BookingView, type ResourceView } from '@alliance/contracts/resources';
import { ServiceProcess, waitFor } from '@alliance/testing';
import { randomUUID } from 'node:crypto';
import { CoordinationHarness, memberRep } from './coordination-harness';

// The worker reads these at bootstrap: a quick poll, so a test waits little for each step.
process.env.COORDINATION_VENUE_POLL_MS = '200';

const HOUR = 3_600_000;
const at = (hours: number) =>
  new Date(Math.floor((Date.now() + hours * HOUR) / 60_000) * 60_000).toISOString();

/**
 * A meeting at a venue of resource sharing: coordination in-process, resource sharing as its own process
 * (main.ts) on the same PostgreSQL and JetStream; membership is its events. Coordination books over resources'
 * RPC and learns the rest from resources' events.
 */
describe('meeting venue: booked at resource sharing on behalf of an organisation', () => {
  const h = new CoordinationHarness();
  const resources = new ServiceProcess(
    'apps/resources/src/main.ts',
    h.env.serviceEnv('resources', { RESOURCES_EXPIRY_CHECK: 'off' }),
  );
  let host: string;
  let member: string;

  beforeAll(async () => {
    resources.start();
    await h.start();
    await waitFor(
      () => h.rpc.send(healthPingSubject('resources'), { requestId: 'ping', caller: null, body: {} }),
      { timeoutMs: 90_000, intervalMs: 250, what: `resources to answer (output: ${resources.recentOutput})` },
    );
    host = await h.admittedOrganisation('gaoxin');
    member = await h.admittedOrganisation('wuhou');
  }, 180_000);
  afterAll(async () => {
    await resources.kill();
    await h.stop();
  });

  /** A venue of the host's; resources' projection must know the host admitted first (retried until then). */
  const venue = (approval: 'auto' | 'owner') =>
    waitFor(
      () =>
        h.call<ResourceView>(ResourcesRpc.listResource, {
          kind: 'venue',
          title: `会议厅 ${randomUUID().slice(0, 6)}`,
          ownerOrganisationId: host,
          capacity: 80,
          visibility: 'alliance',
          policy: { approval },
        }),
      { timeoutMs: 20_000, intervalMs: 200, what: 'resources to know the host admitted' },
    );

  let day = 0;
  const schedule = (resourceId: string, organisationId?: string) => {
    const start = 24 * (10 + 3 * day++);
    return h.call<MeetingView>(CoordinationRpc.scheduleMeeting, {
      kind: 'working_group_meeting',
      title: '工作组例会',
      startsAt: at(start),
      endsAt: at(start + 2),
      place: { kind: 'venue', address: '天府软件园', resourceId, organisationId },
      agenda: ['普惠托位进展'],
      invitees: { kind: 'members', organisationIds: [member] },
    });
  };
  const meetingWhen = (id: string, state: string) =>
    waitFor(
      async () => {
        const m = await h.call<MeetingView>(CoordinationRpc.getMeeting, { id });
        return m.venue?.state === state ? m : null;
      },
      { timeoutMs: 30_000, what: `meeting ${id}'s venue ${state}` },
    );

  it('pending until the venue’s owner approves, then confirmed (by event); cancelling the meeting gives it back', async () => {
    const hall = await venue('owner');
    const scheduled = await schedule(hall.id, member);
    // Pending from the start: whether the request has been sent yet or not, nothing is decided.
    expect(scheduled.venue).toMatchObject({
      resourceId: hall.id,
      organisationId: member,
      state: 'pending',
      reason: null,
    });
    const pending = await waitFor(
      async () => {
        const m = await h.call<MeetingView>(CoordinationRpc.getMeeting, { id: scheduled.id });
        return m.venue?.bookingId ? m : null;
      },
      { timeoutMs: 30_000, what: 'the booking made at resource sharing' },
    );
    const booking = await h.call<BookingView>(ResourcesRpc.getBooking, { id: pending.venue!.bookingId });
    expect(booking).toMatchObject({
      status: 'requested',
      organisationId: member,
      resourceId: hall.id,
      startsAt: scheduled.startsAt,
      onBehalfKey: expect.stringMatching(/^coordination:venue:/),
    });
    expect(pending.venue!.state).toBe('pending');

    await h.call(
      ResourcesRpc.approveBooking,
      { id: booking.id, expectedVersion: booking.version },
      memberRep(host),
    );
    const confirmed = await meetingWhen(scheduled.id, 'confirmed');
    expect(confirmed.venue).toMatchObject({ bookingId: booking.id, reason: null });

    await h.call(CoordinationRpc.cancelMeeting, {
      id: scheduled.id,
      expectedVersion: confirmed.version,
      reason: '改为线上',
    });
    expect((await meetingWhen(scheduled.id, 'released')).venue!.reason).toMatch(/改为线上/);
    await waitFor(
      async () => {
        const b = await h.call<BookingView>(ResourcesRpc.getBooking, { id: booking.id });
        return b.status === 'cancelled' ? b : null;
      },
      { timeoutMs: 30_000, what: 'resource sharing to cancel the booking' },
    );
  });

  it('a slot already taken is flagged with resources’ reason; an unknown venue too; an admin names the organisation', async () => {
    const hall = await venue('auto');
    const first = await schedule(hall.id, member);
    const confirmed = await meetingWhen(first.id, 'confirmed');
    expect(confirmed.venue!.bookingId).not.toBeNull();
    day -= 1; // the same day and hours again
    const clash = await schedule(hall.id, host);
    const flagged = await meetingWhen(clash.id, 'flagged');
    expect(flagged.venue!.reason).toBeTruthy();
    expect(flagged.venue!.bookingId).toBeNull();

    const nowhere = await schedule(randomUUID(), member);
    expect((await meetingWhen(nowhere.id, 'flagged')).venue!.reason).toBeTruthy();

    const unnamed = await h.refusal(CoordinationRpc.scheduleMeeting, {
      kind: 'forum',
      title: '论坛',
      startsAt: at(500),
      endsAt: at(502),
      place: { kind: 'venue', address: '天府软件园', resourceId: hall.id },
      agenda: [],
      invitees: { kind: 'members', organisationIds: [member] },
    });
    expect([unnamed.code, unnamed.details?.fields?.[0]?.field]).toEqual([
      'VALIDATION_FAILED',
      'place.organisationId',
    ]);
    const meetingsAfter = await h.dataSource.query(
      `SELECT count(*)::int AS n FROM meeting WHERE title = '论坛'`,
    );
    expect(meetingsAfter).toEqual([{ n: 0 }]);
  });

  it('an organiser representative books the venue for its own organisation', async () => {
    const hall = await venue('auto');
    await h.call(CoordinationRpc.grantOrganiser, { organisationId: member });
    const start = 24 * (10 + 3 * day++);
    const scheduled = await h.call<MeetingView>(
      CoordinationRpc.scheduleMeeting,
      {
        kind: 'site_visit',
        title: '实地参访',
        startsAt: at(start),
        endsAt: at(start + 2),
        place: { kind: 'venue', address: '天府软件园', resourceId: hall.id },
        agenda: [],
        invitees: { kind: 'members', organisationIds: [member] },
      },
      memberRep(member),
    );
    expect(scheduled.venue).toMatchObject({ organisationId: member, state: 'pending' });
    const confirmed = await meetingWhen(scheduled.id, 'confirmed');
    const booking = await h.call<BookingView>(ResourcesRpc.getBooking, { id: confirmed.venue!.bookingId });
    expect([booking.organisationId, booking.status]).toEqual([member, 'approved']);
  });
});
