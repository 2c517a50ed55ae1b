import { join } from 'node:path';
import { waitFor, WORKSPACE_ROOT } from '@alliance/testing';
import type { AllianceSystem, HttpAnswer } from './alliance-system';

/**
 * The founding meeting of the Chengdu southern-area childcare alliance, as its people would live it, over
 * HTTP only: every effect between services arrives by their events. The same story runs uninterrupted, with
 * a process killed in the middle, with NATS restarted in the middle and with two instances of each service;
 * `snapshot()` names everything by what people see (names, codes), never by generated ids, so the runs can
 * be compared.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read field by field
type Json = any;

/** The points between steps where a fault may be injected. */
export type Step =
  | 'alliance-founded'
  | 'session-scheduled'
  | 'staff-enrolled'
  | 'audit-submitted'
  | 'member-withdrawn'
  | 'session-completed';

export interface ScenarioHooks {
  /** Called after each step, before the next: a fault goes here. */
  after?(step: Step): Promise<void>;
}

interface DemoOrganisation {
  key: string;
  name: string;
  [field: string]: unknown;
}

// The launcher's demo data and credit codes: the founding members as `npm start` loads them.
const launcher = (file: string) => require(join(WORKSPACE_ROOT, 'tools/start', file));
const demo: { organisations: DemoOrganisation[]; workingGroup: Json } = require(
  join(WORKSPACE_ROOT, 'tools/start/demo-alliance.json'),
);

const MINUTE = 60_000;
const EVENTUALLY = { timeoutMs: 90_000, intervalMs: 300 };

/** Staff the centres send to the first-aid course (invented people). */
const STAFF: Record<string, { name: string; role: string; healthCertificateInDays?: number }[]> = {
  'uestc-liren': [
    { name: '何佳怡', role: 'caregiver' },
    { name: '徐晨', role: 'teacher' },
    // Her health certificate runs out in three weeks: the training service's daily check announces it.
    { name: '杨帆', role: 'director', healthCertificateInDays: 20 },
  ],
  interbay: [
    { name: '邓小雨', role: 'caregiver' },
    { name: '范婷', role: 'infant_care_specialist' },
  ],
};

/** The audited centre falls short on one criterion linked to first-aid training (SAF-5, 20 points). */
const AUDITED = 'uestc-liren';
const SHORTFALL = 'SAF-5';

export class FoundingMeeting {
  private admin = '';
  private readonly tokens = new Map<string, string>();
  readonly ids = new Map<string, string>();
  private seen: unknown;

  constructor(
    private readonly system: AllianceSystem,
    private readonly hooks: ScenarioHooks = {},
  ) {}

  /** A request that must succeed; anything else fails the scenario with the answer. */
  private async call(who: string, method: string, path: string, body?: unknown): Promise<Json> {
    const token = who === 'admin' ? this.admin : this.tokens.get(who);
    const answer = await this.system.request(method, path, { token, body });
    if (answer.status >= 300) {
      throw new Error(`${who} ${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
  }

  /**
   * The same request until it is accepted: right after an event, the service that reacts to it may not have
   * applied it yet (422/404), and during a fault a service may not answer (503). Commands retried here are
   * idempotent by their nature or guarded by an expected version.
   */
  private async callWhenReady(who: string, method: string, path: string, body?: unknown): Promise<Json> {
    let last: HttpAnswer | undefined;
    return waitFor(
      async () => {
        const token = who === 'admin' ? this.admin : this.tokens.get(who);
        last = await this.system.request(method, path, { token, body }).catch(() => undefined);
        if (!last) return undefined;
        if (last.status < 300) return last.body;
        if ([404, 422, 502, 503, 504].includes(last.status)) return undefined;
        throw new Error(`${who} ${method} ${path}: ${last.status} ${JSON.stringify(last.body)}`);
      },
      {
        ...EVENTUALLY,
        what: `${who} ${method} ${path} (last: ${last?.status} ${JSON.stringify(last?.body)})`,
      },
    );
  }

  /** Until `read` gives a value; a timeout says what was last seen (`read` may set `this.seen`). */
  private async until<T>(what: string, read: () => Promise<T | undefined | null | false>): Promise<T> {
    this.seen = undefined;
    try {
      return await waitFor(
        async () => {
          try {
            return (await read()) || undefined;
          } catch (error) {
            this.seen = (error as Error).message; // a service restarting answers 503 for a moment
            return undefined;
          }
        },
        { ...EVENTUALLY, what },
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}; last seen: ${JSON.stringify(this.seen)}`);
    }
  }

  private async step(name: Step): Promise<void> {
    await this.hooks.after?.(name);
  }

  private async account(key: string, role: string, organisationId?: string): Promise<string> {
    const username = key;
    const temporary = `${username}-temporary`;
    const created = await this.call('admin', 'POST', '/api/v1/accounts', {
      username,
      password: temporary,
      role,
      ...(organisationId ? { organisationId } : {}),
    });
    const first = await this.system.request('POST', '/api/v1/auth/login', {
      body: { username, password: temporary },
    });
    const password = `${username}-own-password`;
    await this.system.request('POST', '/api/v1/auth/password', {
      token: first.body.accessToken,
      body: { currentPassword: temporary, newPassword: password },
    });
    const login = await this.system.request('POST', '/api/v1/auth/login', { body: { username, password } });
    if (login.status !== 200)
      throw new Error(`login ${username}: ${login.status} ${JSON.stringify(login.body)}`);
    this.tokens.set(key, login.body.accessToken);
    return created.id;
  }

  async run(): Promise<void> {
    this.admin = await this.system.adminToken();
    await this.foundAlliance();
    await this.step('alliance-founded');
    const session = await this.scheduleFirstAid();
    await this.step('session-scheduled');
    await this.enrolStaff(session.id);
    await this.step('staff-enrolled');
    const action = await this.auditCentre();
    await this.step('audit-submitted');
    await this.withdrawInterbay();
    await this.step('member-withdrawn');
    await this.holdSession(session.id);
    await this.step('session-completed');
    await this.closeAction(action);
  }

  /** Admins create the founding members across the districts, admit them and form the working group. */
  private async foundAlliance(): Promise<void> {
    const { applicationOf, loadCheckChar } = launcher('demo-seed.js');
    const checkChar = loadCheckChar(WORKSPACE_ROOT);
    for (const organisation of demo.organisations) {
      const applied = await this.callWhenReady(
        'admin',
        'POST',
        '/api/v1/members',
        applicationOf(organisation, checkChar),
      );
      const admitted = await this.call('admin', 'POST', `/api/v1/members/${applied.id}/admit`, {
        expectedVersion: applied.version,
        reason: '南部片区托育联盟成立大会',
      });
      this.ids.set(organisation.key, admitted.id);
    }
    const group = demo.workingGroup;
    await this.call('admin', 'POST', '/api/v1/working-groups', {
      name: group.name,
      description: group.description,
      chairOrganisationId: this.ids.get(group.chair),
      memberOrganisationIds: group.members.map((key: string) => this.ids.get(key)),
    });
    this.ids.set('trainer', await this.account('trainer', 'trainer'));
    this.ids.set('inspector', await this.account('inspector', 'inspector'));
    for (const key of ['yiwei', 'uestc-liren', 'interbay']) {
      await this.account(key, 'member_rep', this.ids.get(key));
    }
  }

  /**
   * The guidance centre offers its training hall (the owner approves each booking); the trainer creates the
   * first-aid course and schedules a session there next week, which waits for the hall and is confirmed once
   * the guidance centre approves. Interbay books the hall for an open day of its own.
   */
  private async scheduleFirstAid(): Promise<Json> {
    const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
    const hall = await this.callWhenReady('yiwei', 'POST', '/api/v1/resources', {
      kind: 'venue',
      title: '综合服务指导中心培训大厅',
      description: '联盟综合服务指导中心的培训大厅，配婴幼儿急救实训设备。',
      ownerOrganisationId: this.ids.get('yiwei'),
      address: '成都市高新区天府软件园',
      capacity: 120,
      visibility: 'alliance',
      openingHours: everyDay,
      policy: { approval: 'owner' },
    });
    this.ids.set('hall', hall.id);
    const openDay = this.slot(3 * 24 * 60, 120);
    await this.callWhenReady('interbay', 'POST', '/api/v1/bookings', {
      resourceId: hall.id,
      organisationId: this.ids.get('interbay'),
      ...openDay,
      purpose: '因特贝家长开放日',
      headcount: 40,
    });

    const draft = await this.call('trainer', 'POST', '/api/v1/courses', {
      code: 'FA-101',
      title: '婴幼儿急救',
      description: '婴幼儿气道异物梗阻、心肺复苏、常见意外伤害的现场处置。',
      category: 'safety_and_first_aid',
      creditHours: 8,
      targetRoles: ['caregiver', 'infant_care_specialist', 'teacher', 'director'],
      certificateValidityMonths: 24,
    });
    const course = await this.call('trainer', 'POST', `/api/v1/courses/${draft.id}/publish`, {
      expectedVersion: draft.version,
    });
    this.ids.set('course', course.id);
    const session = await this.call('trainer', 'POST', '/api/v1/sessions', {
      courseId: course.id,
      trainerIds: [this.ids.get('trainer')],
      meetings: [this.slot(7 * 24 * 60, 180)],
      location: { kind: 'venue', resourceId: hall.id, organisationId: this.ids.get('yiwei') },
      capacity: 30,
    });
    await this.approveHallBookings(2);
    await this.venueConfirmed(session.id);
    return session;
  }

  /** The guidance centre approves whatever waits for its hall, until `count` bookings are approved. */
  private async approveHallBookings(count: number): Promise<void> {
    await this.until(`${count} approved bookings of the hall`, async () => {
      const page = await this.approveWaitingHallBookings();
      return page.items.filter((b: Json) => b.status === 'approved').length >= count;
    });
  }

  private async approveWaitingHallBookings(): Promise<Json> {
    const page = await this.call(
      'yiwei',
      'GET',
      `/api/v1/bookings?resourceId=${this.ids.get('hall')}&ownerOrganisationId=${this.ids.get('yiwei')}&limit=50`,
    );
    const approvals = [];
    for (const booking of page.items.filter((b: Json) => b.status === 'requested')) {
      const answer = await this.system.request('POST', `/api/v1/bookings/${booking.id}/approve`, {
        token: this.tokens.get('yiwei'),
        body: { expectedVersion: booking.version },
      });
      approvals.push(answer.status === 200 ? 'approved' : answer.body);
    }
    this.seen = { bookings: page.items.map((b: Json) => [b.purpose, b.status]), approvals };
    return page;
  }

  /**
   * The training session shows its hall confirmed once resource sharing approved the booking (the
   * guidance centre approves what waits, as long as it takes).
   */
  private async venueConfirmed(sessionId: string): Promise<void> {
    await this.until('the session’s venue confirmed', async () => {
      await this.approveWaitingHallBookings();
      const session = await this.call('trainer', 'GET', `/api/v1/sessions/${sessionId}`);
      this.seen = { venue: session.venue };
      return session.venue?.state === 'confirmed';
    });
  }

  /** A slot `inMinutes` from now, `minutes` long, aligned to the minute. */
  private slot(inMinutes: number, minutes: number): { startsAt: string; endsAt: string } {
    const start = Math.ceil((Date.now() + inMinutes * MINUTE) / MINUTE) * MINUTE;
    return {
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + minutes * MINUTE).toISOString(),
    };
  }

  /** Representatives register their staff and enrol them in the first-aid session. */
  private async enrolStaff(sessionId: string): Promise<void> {
    for (const [organisation, people] of Object.entries(STAFF)) {
      for (const person of people) {
        const staff = await this.callWhenReady(organisation, 'POST', '/api/v1/staff', {
          organisationId: this.ids.get(organisation),
          name: person.name,
          role: person.role,
          hiredOn: '2022-09-01',
          ...(person.healthCertificateInDays && {
            healthCertificateExpiresOn: new Date(
              Date.now() + person.healthCertificateInDays * 24 * 60 * MINUTE,
            )
              .toISOString()
              .slice(0, 10),
          }),
        });
        this.ids.set(person.name, staff.id);
        await this.call(organisation, 'POST', '/api/v1/enrolments', { sessionId, staffId: staff.id });
      }
    }
  }

  /**
   * The inspector conducts the audited centre's onboarding audit (planned by compliance when membership
   * admitted it): every applicable criterion met except one linked to first-aid training.
   */
  private async auditCentre(): Promise<Json> {
    const organisationId = this.ids.get(AUDITED)!;
    let audit = await this.until('the onboarding audit planned by compliance', async () => {
      const page = await this.call(
        'admin',
        'GET',
        `/api/v1/audits?organisation=${organisationId}&status=planned`,
      );
      return page.items.find((a: Json) => a.kind === 'onboarding');
    });
    const standard = await this.call('admin', 'GET', `/api/v1/standards/${audit.standardId}`);
    audit = await this.call('admin', 'POST', `/api/v1/audits/${audit.id}/assign`, {
      expectedVersion: audit.version,
      inspectorIds: [this.ids.get('inspector')],
      plannedDate: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
    });
    audit = await this.call('inspector', 'POST', `/api/v1/audits/${audit.id}/start`, {
      expectedVersion: audit.version,
    });
    for (const area of standard.areas) {
      for (const criterion of area.criteria) {
        if (criterion.appliesTo.length > 0 && !criterion.appliesTo.includes('childcare_centre')) continue;
        const shortfall = criterion.code === SHORTFALL;
        if (criterion.evidenceRequired && !shortfall) {
          await this.call('inspector', 'POST', `/api/v1/audits/${audit.id}/evidence-links`, {
            criterionId: criterion.id,
            url: `https://example.org/founding/${criterion.code.toLowerCase()}`,
            title: `${criterion.code} 现场核查记录`,
          });
        }
        audit = await this.call(
          'inspector',
          'PUT',
          `/api/v1/audits/${audit.id}/answers/${criterion.id}`,
          shortfall ? { result: 'not_met', notes: '接送交接未核验授权人身份' } : { result: 'met' },
        );
      }
    }
    audit = await this.call('inspector', 'POST', `/api/v1/audits/${audit.id}/submit`, {
      expectedVersion: audit.version,
      summary: '入盟评估：整体良好，接送安全需整改',
    });
    const finding = audit.findings.find((f: Json) => f.criterionCode === SHORTFALL);
    // The centre's representative sees the training requirement, with the first-aid session to enrol in.
    await this.until('the training requirement for the centre', async () => {
      const page = await this.call('uestc-liren', 'GET', '/api/v1/training/requirements');
      const requirement = page.items.find((r: Json) => r.findingId === finding.id);
      return requirement?.courses.some((c: Json) => c.code === 'FA-101' && c.sessions.length === 1);
    });
    return finding.action;
  }

  /** Interbay withdraws: its enrolments and its booking of the hall end by events, and no request of ours. */
  private async withdrawInterbay(): Promise<void> {
    const id = this.ids.get('interbay')!;
    const member = await this.call('admin', 'GET', `/api/v1/members/${id}`);
    await this.call('admin', 'POST', `/api/v1/members/${id}/withdraw`, {
      expectedVersion: member.version,
      reason: '机构转型，退出联盟',
    });
  }

  /**
   * The trainer brings the session forward to now (the requirement makes it urgent), so that it can be
   * held within the test; the hall's booking moves with it and the guidance centre approves it again. Then
   * attendance and completion: certificates for the audited centre's staff.
   */
  private async holdSession(sessionId: string): Promise<void> {
    let session = await this.call('trainer', 'GET', `/api/v1/sessions/${sessionId}`);
    const soon = this.slot(0.5, 1);
    session = await this.call('trainer', 'POST', `/api/v1/sessions/${sessionId}/reschedule`, {
      expectedVersion: session.version,
      meetings: [soon],
      reason: '整改需要，提前开班',
    });
    await this.venueConfirmed(sessionId);
    await this.until('the meeting to start', async () => Date.now() >= Date.parse(soon.startsAt) + 1000);
    const enrolments: Json[] = await this.call('trainer', 'GET', `/api/v1/sessions/${sessionId}/enrolments`);
    const confirmed = enrolments.filter((e: Json) => e.status === 'confirmed');
    session = await this.call('trainer', 'POST', `/api/v1/sessions/${sessionId}/attendance`, {
      marks: confirmed.map((e: Json) => ({
        meetingId: session.meetings[0].id,
        staffId: e.staffId,
        status: 'present',
      })),
    });
    await this.until('the meeting to end', async () => Date.now() >= Date.parse(soon.endsAt) + 1000);
    await this.call('trainer', 'POST', `/api/v1/sessions/${sessionId}/complete`, {
      expectedVersion: session.version,
    });
    // The guidance centre records that its hall was used as booked.
    const held = await this.call('trainer', 'GET', `/api/v1/sessions/${sessionId}`);
    const bookingId = held.venue.bookings.find((b: Json) => b.state === 'confirmed').bookingId;
    const booking = await this.call('yiwei', 'GET', `/api/v1/bookings/${bookingId}`);
    await this.call('yiwei', 'POST', `/api/v1/bookings/${bookingId}/complete`, {
      expectedVersion: booking.version,
    });
  }

  /** The certificates reach the corrective action as evidence; the inspector verifies and closes it. */
  private async closeAction(action: Json): Promise<void> {
    const awaiting = await this.until('the certificates attached to the corrective action', async () => {
      const { action: current } = await this.call(
        'inspector',
        'GET',
        `/api/v1/corrective-actions/${action.id}`,
      );
      this.seen = current;
      return current.status === 'submitted' && current.evidence?.length >= STAFF[AUDITED].length
        ? current
        : undefined;
    });
    await this.call('inspector', 'POST', `/api/v1/corrective-actions/${action.id}/close`, {
      expectedVersion: awaiting.version,
    });
  }

  /** The snapshot once the projections have settled: the same twice, a second apart. */
  async settledSnapshot(): Promise<Json> {
    let previous = '';
    return this.until('the final state to settle', async () => {
      const current = await this.snapshot();
      const text = JSON.stringify(current);
      if (text === previous) return current;
      previous = text;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return undefined;
    });
  }

  /** Everything the people of the story see at the end, by name. */
  async snapshot(): Promise<Json> {
    const members = await this.call('admin', 'GET', '/api/v1/members?limit=100');
    const sessions = await this.call('admin', 'GET', '/api/v1/sessions?limit=50');
    const session = sessions.items[0];
    const enrolments: Json[] = await this.call('admin', 'GET', `/api/v1/sessions/${session.id}/enrolments`);
    const certificates = await this.call('admin', 'GET', '/api/v1/certificates?limit=50');
    const bookings = await this.call(
      'admin',
      'GET',
      `/api/v1/bookings?resourceId=${this.ids.get('hall')}&limit=50`,
    );
    const audits = await this.call('admin', 'GET', '/api/v1/audits?limit=100');
    const findings = await this.call('admin', 'GET', '/api/v1/findings?limit=50');
    const requirements = await this.call('admin', 'GET', '/api/v1/training/requirements?limit=50');
    const centre = await this.call('admin', 'GET', `/api/v1/members/${this.ids.get(AUDITED)}`);
    const dashboard = await this.call('admin', 'GET', '/api/v1/dashboard');
    const names = new Map(members.items.map((m: Json) => [m.id, m.name]));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    return {
      members: members.items.map((m: Json) => ({ name: m.name, status: m.status })).sort(byName),
      session: {
        status: session.status,
        venue: session.venue?.state ?? null,
        confirmed: session.confirmedCount,
        waitlist: session.waitlistCount,
      },
      requirements: requirements.items.map((r: Json) => ({
        organisation: r.organisationName,
        category: r.category,
        criterion: r.criterionCode,
        status: r.status,
        certificates: r.certificateIds.length,
      })),
      centre: {
        grades: (centre.grades ?? []).map((g: Json) => ({
          standard: g.standardCode,
          grade: g.grade,
          score: g.score,
        })),
        affordableDesignation: centre.affordableDesignation,
      },
      enrolments: enrolments.map((e: Json) => ({ name: e.staffName, status: e.status })).sort(byName),
      certificates: certificates.items
        .map((c: Json) => ({ name: c.holderName, course: c.courseTitle, revoked: c.revokedAt !== null }))
        .sort(byName),
      bookings: bookings.items
        .map((b: Json) => ({ name: b.purpose, organisation: names.get(b.organisationId), status: b.status }))
        .sort((a: Json, b: Json) => `${a.name}${a.status}`.localeCompare(`${b.name}${b.status}`)),
      audits: audits.items
        .map((a: Json) => ({
          name: names.get(a.organisationId),
          kind: a.kind,
          status: a.status,
          grade: a.grade ?? null,
        }))
        .sort((a: Json, b: Json) => `${a.name}${a.kind}`.localeCompare(`${b.name}${b.kind}`)),
      findings: findings.items.map((f: Json) => ({
        criterion: f.criterionCode,
        severity: f.severity,
        action: f.action?.status ?? null,
      })),
      dashboard: { alliance: dashboard.alliance, districts: dashboard.districts },
    };
  }
}
