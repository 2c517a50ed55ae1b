import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ErrorCode } from '@alliance/contracts';
import {
  DashboardRpc,
  DashboardTable,
  XLSX_CONTENT_TYPE,
  type DashboardExportView,
  type DashboardRebuildView,
  type DashboardView,
  type DistrictFiguresView,
} from '@alliance/contracts/dashboard';
import { waitFor } from '@alliance/testing';
import { Workbook } from 'exceljs';
import { emptyFigures } from '../src/figures/figures.service';
import { ADMIN, DashboardHarness, VIEWER } from './dashboard-harness';
import { ComplianceEvent, EventScript, MembershipEvent, ResourcesEvent, TrainingEvent } from './scenario';

const AS_OF = '2026-06-30';
const id = () => randomUUID();

// Organisations: A (gaoxin, admitted), B (tianfu-new-area → shuangliu, admitted), C (wuhou, suspended),
// D (pujiang, only applied), E (gaoxin, withdrawn).
const A = id();
const B = id();
const C = id();
const D = id();
const E = id();
const [s1, s2, s3] = [id(), id(), id()];
const [c1, c2, c3, c4, c5, c6] = [id(), id(), id(), id(), id(), id()];
const [a1, a2, a3] = [id(), id(), id()];
const [x1, x2, x3, x4] = [id(), id(), id(), id()];
const [r1, r2, r3] = [id(), id(), id()];
const [b1, b2] = [id(), id()];
const p1 = id();

function district(code: string | null, name: string | null, figures: Partial<DistrictFiguresView>): DistrictFiguresView {
  const base = emptyFigures(code, name, code === null && name === '全联盟');
  return {
    ...base,
    ...figures,
    membersByKind: { ...base.membersByKind, ...figures.membersByKind },
    membersByStatus: { ...base.membersByStatus, ...figures.membersByStatus },
    grades: { ...base.grades, ...figures.grades },
  };
}

/**
 * The figures worked out by hand for the script below, as of 2026-06-30 (this year = 2026, expiring =
 * 2026-06-30 … 2026-09-28, overdue = due before 2026-06-30).
 */
const EXPECTED: DashboardView = {
  asOf: AS_OF,
  year: 2026,
  alliance: district(null, '全联盟', {
    members: 2,
    membersByKind: { childcare_centre: 1, kindergarten: 1 } as DistrictFiguresView['membersByKind'],
    membersByStatus: { admitted: 2, withdrawn: 1, applied: 1, suspended: 1 } as DistrictFiguresView['membersByStatus'],
    licensedPlaces: 180,
    affordablePlaces: 110,
    childrenUnderThree: 6000,
    // Over the districts with a population: gaoxin (80 / 50 places) and tianfu-new-area (none), 6000 children.
    licensedPlacesPer1000: 13.33,
    affordablePlacesPer1000: 8.33,
    staffTrained: 2,
    trainingHours: 20,
    certificatesExpiring: 2,
    auditsDone: 2,
    grades: { A: 1, C: 1 } as DistrictFiguresView['grades'],
    actionsOpen: 3,
    actionsOverdue: 2,
    resourcesOffered: 2,
    resourcesUsed: 2,
  }),
  districts: [
    district('gaoxin', '高新区', {
      members: 1,
      membersByKind: { childcare_centre: 1 } as DistrictFiguresView['membersByKind'],
      membersByStatus: { admitted: 1, withdrawn: 1 } as DistrictFiguresView['membersByStatus'],
      licensedPlaces: 80,
      affordablePlaces: 50,
      childrenUnderThree: 4000,
      licensedPlacesPer1000: 20,
      affordablePlacesPer1000: 12.5,
      // s1 (c1 8 h, c2 4 h, c6 2 h issued 2026-01-01 01:00 in Shanghai) and s2 (c3 6 h; left since).
      staffTrained: 2,
      trainingHours: 20,
      // c1 (2026-08-15); c3 is within the window but its holder left; c2 is later; c6 never expires.
      certificatesExpiring: 1,
      auditsDone: 1,
      grades: { C: 1 } as DistrictFiguresView['grades'],
      actionsOpen: 2,
      actionsOverdue: 1,
      resourcesOffered: 1,
      resourcesUsed: 1,
    }),
    district('pujiang', '蒲江县', {
      membersByStatus: { applied: 1 } as DistrictFiguresView['membersByStatus'],
    }),
    district('shuangliu', '双流区', {
      members: 1,
      membersByKind: { kindergarten: 1 } as DistrictFiguresView['membersByKind'],
      membersByStatus: { admitted: 1 } as DistrictFiguresView['membersByStatus'],
      licensedPlaces: 100,
      affordablePlaces: 60,
      // c4 was revoked; c5 was issued in 2025 but expires 2026-07-01.
      certificatesExpiring: 1,
      auditsDone: 1,
      grades: { A: 1 } as DistrictFiguresView['grades'],
      resourcesUsed: 1,
    }),
    // B moved away from it; only its population figure is left.
    district('tianfu-new-area', '天府新区', { childrenUnderThree: 2000, licensedPlacesPer1000: 0, affordablePlacesPer1000: 0 }),
    district('wuhou', '武侯区', {
      membersByStatus: { suspended: 1 } as DistrictFiguresView['membersByStatus'],
      actionsOpen: 1,
      actionsOverdue: 1,
      resourcesOffered: 1,
    }),
  ],
  membersByKindAndStatus: [
    { districtCode: 'gaoxin', districtName: '高新区', kind: 'childcare_centre', status: 'admitted', count: 1 },
    { districtCode: 'gaoxin', districtName: '高新区', kind: 'childcare_centre', status: 'withdrawn', count: 1 },
    { districtCode: 'pujiang', districtName: '蒲江县', kind: 'childcare_centre', status: 'applied', count: 1 },
    { districtCode: 'shuangliu', districtName: '双流区', kind: 'kindergarten', status: 'admitted', count: 1 },
    { districtCode: 'wuhou', districtName: '武侯区', kind: 'hospital', status: 'suspended', count: 1 },
  ],
};

function script(h: DashboardHarness): EventScript {
  const s = new EventScript(h);
  // membership
  s.apply(A, { name: '启明托育中心', kind: 'childcare_centre', districtCode: 'gaoxin', districtName: '高新区', licensed: 80, affordable: 50 });
  s.admit(A);
  s.apply(B, { name: '天府第一幼儿园', kind: 'kindergarten', districtCode: 'tianfu-new-area', districtName: '天府新区', licensed: 120, affordable: 60 });
  s.admit(B);
  s.updateProfile(B, { districtCode: 'shuangliu', districtName: '双流区', licensedPlaces: 100 });
  s.apply(C, { name: '武侯妇幼保健院', kind: 'hospital', districtCode: 'wuhou', districtName: '武侯区', licensed: 10, affordable: 0 });
  s.admit(C);
  s.changeStatus(C, MembershipEvent.memberSuspended, 'suspended');
  s.apply(D, { name: '蒲江阳光托育', kind: 'childcare_centre', districtCode: 'pujiang', districtName: '蒲江县', licensed: 30, affordable: 30 });
  s.apply(E, { name: '高新小天使托育', kind: 'childcare_centre', districtCode: 'gaoxin', districtName: '高新区', licensed: 40, affordable: 40 });
  s.admit(E);
  s.changeStatus(E, MembershipEvent.memberWithdrawn, 'withdrawn');
  // training
  s.staff(s1, A, 'active');
  s.staff(s2, A, 'active');
  s.staff(s2, A, 'left', TrainingEvent.staffLeft);
  s.staff(s3, B, 'active');
  s.certificate(c1, { staffId: s1, organisationId: A, hours: 8, issuedAt: '2026-03-01T02:00:00.000Z', expiresOn: '2026-08-15' });
  s.certificate(c2, { staffId: s1, organisationId: A, hours: 4, issuedAt: '2026-05-10T02:00:00.000Z', expiresOn: '2027-05-10' });
  s.certificate(c3, { staffId: s2, organisationId: A, hours: 6, issuedAt: '2026-04-01T02:00:00.000Z', expiresOn: '2026-07-20' });
  s.certificate(c4, { staffId: s3, organisationId: B, hours: 10, issuedAt: '2026-02-01T02:00:00.000Z', expiresOn: '2026-09-01' });
  s.certificate(c4, { staffId: s3, organisationId: B, hours: 10, issuedAt: '2026-02-01T02:00:00.000Z', expiresOn: '2026-09-01' }, TrainingEvent.certificateRevoked);
  s.certificate(c5, { staffId: s3, organisationId: B, hours: 5, issuedAt: '2025-11-01T02:00:00.000Z', expiresOn: '2026-07-01' });
  s.certificate(c6, { staffId: s1, organisationId: A, hours: 2, issuedAt: '2025-12-31T17:00:00.000Z', expiresOn: null });
  // compliance
  s.audit(a1, A, ComplianceEvent.auditPlanned);
  s.audit(a1, A, ComplianceEvent.auditStarted);
  s.audit(a1, A, ComplianceEvent.auditSubmitted, 'B');
  s.audit(a1, A, ComplianceEvent.auditAmended, 'C');
  s.audit(a2, C, ComplianceEvent.auditPlanned);
  s.audit(a2, C, ComplianceEvent.auditCancelled);
  s.audit(a3, B, ComplianceEvent.auditPlanned);
  s.audit(a3, B, ComplianceEvent.auditStarted);
  s.audit(a3, B, ComplianceEvent.auditSubmitted, 'A');
  s.audit(a3, B, ComplianceEvent.auditClosed, 'A');
  s.grade(A, 'B', null);
  s.grade(A, 'C', 'B');
  s.grade(B, 'A', null);
  s.finding(x1, A, '2026-06-01');
  s.finding(x2, A, '2026-07-15');
  s.action(x2, A, ComplianceEvent.actionSubmitted, 'submitted', '2026-07-15');
  s.finding(x3, B, '2026-05-01');
  s.action(x3, B, ComplianceEvent.actionSubmitted, 'submitted', '2026-05-01');
  s.action(x3, B, ComplianceEvent.actionClosed, 'closed', '2026-05-01');
  s.finding(x4, C, '2026-06-15');
  s.action(x4, C, ComplianceEvent.actionSubmitted, 'submitted', '2026-06-15');
  s.action(x4, C, ComplianceEvent.actionClosed, 'closed', '2026-06-15');
  s.action(x4, C, ComplianceEvent.actionReopened, 'open', '2026-06-15');
  // resources
  s.resource(r1, A, ResourcesEvent.resourceListed, 'listed');
  s.resource(r2, B, ResourcesEvent.resourceListed, 'listed');
  s.resource(r2, B, ResourcesEvent.resourceWithdrawn, 'withdrawn');
  s.resource(r3, C, ResourcesEvent.resourceListed, 'listed', 'places');
  const onR1 = { resourceId: r1, ownerOrganisationId: A };
  s.booking(b1, { ...onR1, organisationId: B }, ResourcesEvent.bookingRequested, 'requested');
  s.booking(b1, { ...onR1, organisationId: B }, ResourcesEvent.bookingApproved, 'approved');
  s.booking(b1, { ...onR1, organisationId: B }, ResourcesEvent.bookingCompleted, 'completed');
  s.booking(b2, { ...onR1, organisationId: D }, ResourcesEvent.bookingRequested, 'requested');
  s.booking(b2, { ...onR1, organisationId: D }, ResourcesEvent.bookingCancelled, 'cancelled');
  const onR3 = { resourceId: r3, ownerOrganisationId: C, organisationId: A };
  s.placeRequest(p1, onR3, ResourcesEvent.placeRequestRequested, 'requested');
  s.placeRequest(p1, onR3, ResourcesEvent.placeRequestApproved, 'approved');
  return s;
}

/** Opens an exported file with exceljs (its typings predate Node's generic Buffer). */
async function readXlsx(base64: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  return workbook;
}

/** Swaps the first two events of an aggregate, so its later version is published first. */
function swapFirstTwo<T extends { aggregateId: string }>(list: T[], aggregateId: string): void {
  const [i, j] = list.flatMap((e, index) => (e.aggregateId === aggregateId ? [index] : []));
  [list[i], list[j]] = [list[j], list[i]];
}

describe('dashboard: figures from the four contexts’ events (real PostgreSQL and NATS)', () => {
  const h = new DashboardHarness('dashboard-figures');

  beforeAll(async () => {
    await h.start();
    await h.call(DashboardRpc.setPopulation, { districtCode: 'gaoxin', childrenUnderThree: 4000 });
    await h.call(DashboardRpc.setPopulation, { districtCode: 'tianfu-new-area', childrenUnderThree: 2000, districtName: '天府新区' });
  });
  afterAll(() => h.stop());

  it('counts the hand-worked sequence exactly, with events out of order and delivered twice', async () => {
    const s = script(h);
    const events = [...s.events];
    // The other contexts first: their organisations' districts arrive last (streams are not ordered together).
    events.sort((x, y) => Number(x.type.startsWith('evt.membership.')) - Number(y.type.startsWith('evt.membership.')));
    // Later versions first: B admitted after its profile update, c4 revoked before issued, x4 closed before submitted.
    for (const aggregate of [C, c4, x4, b1]) swapFirstTwo(events, aggregate);
    for (const e of events) await h.publish(e);
    // Every third event once more under another msgID: past JetStream's de-duplication, to the consumer.
    for (const e of events.filter((_, i) => i % 3 === 0)) await h.publish(e, randomUUID());

    await waitFor(async () => JSON.stringify(await h.figures(AS_OF)) === JSON.stringify(EXPECTED), {
      timeoutMs: 45_000,
      intervalMs: 250,
      what: 'the dashboard to show the hand-worked figures',
    }).catch(() => undefined);
    expect(await h.figures(AS_OF)).toEqual(EXPECTED);
  });

  it('a rebuild from the streams gives exactly the live figures, and live events go on applying once after it', async () => {
    const live = await h.figures(AS_OF);
    const rebuilt = await h.call<DashboardRebuildView>(DashboardRpc.rebuild, {});
    expect(rebuilt.eventsRead).toEqual(expect.objectContaining({ membership: expect.any(Number), training: expect.any(Number) }));
    expect(Object.values(rebuilt.eventsRead).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(rebuilt.eventsApplied);
    expect(await h.figures(AS_OF)).toEqual(live);
    expect(live).toEqual(EXPECTED);

    // A new certificate after the rebuild, and an old event delivered again: one new certificate counted.
    const s = new EventScript(h);
    s.certificate(randomUUID(), { staffId: s3, organisationId: B, hours: 3, issuedAt: '2026-06-01T02:00:00.000Z', expiresOn: null });
    await h.publish(s.events[0]);
    await waitFor(async () => (await h.figures(AS_OF)).alliance.trainingHours === 23, { timeoutMs: 30_000, what: 'the new certificate' });
    const after = await h.figures(AS_OF);
    expect(after.districts.find((d) => d.districtCode === 'shuangliu')).toMatchObject({ staffTrained: 1, trainingHours: 3 });
    expect(after.alliance).toMatchObject({ staffTrained: 3, trainingHours: 23 });

    // And a second rebuild agrees with the live model again, the new event included.
    await h.call<DashboardRebuildView>(DashboardRpc.rebuild, {});
    expect(await h.figures(AS_OF)).toEqual(after);
  });

  it('a rebuild while events arrive loses none and counts none twice', async () => {
    const s = new EventScript(h);
    const orgs = Array.from({ length: 30 }, () => randomUUID());
    orgs.forEach((org, i) =>
      s.apply(org, { name: `并发托育${i}`, kind: 'childcare_centre', districtCode: 'xindu', districtName: '新都区', licensed: 10, affordable: 5 }),
    );
    const publishing = (async () => {
      for (const e of s.events) await h.publish(e);
    })();
    const rebuild = h.call<DashboardRebuildView>(DashboardRpc.rebuild, {});
    await Promise.all([publishing, rebuild]);
    await waitFor(async () => (await h.figures(AS_OF)).districts.find((d) => d.districtCode === 'xindu')?.membersByStatus.applied === 30, {
      timeoutMs: 30_000,
      what: 'the 30 applications',
    });
    const live = await h.figures(AS_OF);
    await h.call(DashboardRpc.rebuild, {});
    expect(await h.figures(AS_OF)).toEqual(live);
  });

  it('the command-line rebuild asks the running service and prints its answer; the figures stay the same', async () => {
    const before = await h.figures(AS_OF);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', '@swc-node/register', join(__dirname, '../src/rebuild-cli.ts')],
      {
        cwd: join(__dirname, '../../..'),
        env: { ...process.env, NATS_URL: h.env.natsUrl, SUBJECT_PREFIX: h.env.subjectPrefix },
        timeout: 60_000,
      },
    );
    expect(JSON.parse(stdout)).toMatchObject({ eventsRead: { membership: expect.any(Number) }, eventsApplied: expect.any(Number) });
    expect(await h.figures(AS_OF)).toEqual(before);
  });

  it('exports each table as .xlsx with Chinese headers (read back with exceljs)', async () => {
    const file = await h.call<DashboardExportView>(DashboardRpc.exportTable, { table: DashboardTable.All, asOf: AS_OF }, VIEWER);
    expect(file).toMatchObject({
      filename: `联盟看板-全部-${AS_OF}.xlsx`,
      asciiFilename: `alliance-dashboard-all-${AS_OF}.xlsx`,
      contentType: XLSX_CONTENT_TYPE,
    });
    const workbook = await readXlsx(file.contentBase64);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['概览', '成员单位', '托位', '人才培养', '标准督导', '资源共享']);
    const places = workbook.getWorksheet('托位')!;
    expect(places.getRow(2).values).toEqual([
      undefined,
      '区县',
      '区县代码',
      '成员单位（已加入）',
      '托位数',
      '普惠托位数',
      '3岁以下儿童数',
      '每千名3岁以下儿童托位数',
      '每千名3岁以下儿童普惠托位数',
    ]);
    const gaoxin = (places.getRow(3).values as unknown[]).slice(1);
    expect(gaoxin.slice(0, 6)).toEqual(['高新区', 'gaoxin', 1, 80, 50, 4000]);
    expect(gaoxin[6]).toBe(20);
    const members = workbook.getWorksheet('成员单位')!;
    expect((members.getRow(2).values as unknown[]).slice(1)).toEqual(['区县', '区县代码', '单位类型', '状态', '单位数']);
    expect((members.getRow(3).values as unknown[]).slice(1)).toEqual(['高新区', 'gaoxin', '托育机构', '已加入', 1]);

    const one = await h.call<DashboardExportView>(DashboardRpc.exportTable, { table: DashboardTable.Compliance, asOf: AS_OF });
    const single = await readXlsx(one.contentBase64);
    expect(single.worksheets.map((w) => w.name)).toEqual(['标准督导']);
    expect(one.filename).toBe(`联盟看板-标准督导-${AS_OF}.xlsx`);
  });

  it('serves admins and viewers; only admins set populations and rebuild', async () => {
    const rep = { userId: 'u-rep', username: 'rep', role: 'member_rep', organisationId: A };
    expect(await h.refusal(DashboardRpc.figures, {}, rep)).toMatchObject({ code: ErrorCode.Forbidden });
    expect(await h.refusal(DashboardRpc.setPopulation, { districtCode: 'gaoxin', childrenUnderThree: 1 }, VIEWER)).toMatchObject({
      code: ErrorCode.Forbidden,
    });
    expect(await h.refusal(DashboardRpc.rebuild, {}, VIEWER)).toMatchObject({ code: ErrorCode.Forbidden });
    expect(await h.refusal(DashboardRpc.setPopulation, { districtCode: '高新', childrenUnderThree: 0 }, ADMIN)).toMatchObject({
      code: ErrorCode.ValidationFailed,
    });
    expect((await h.call<DashboardView>(DashboardRpc.figures, {}, VIEWER)).asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('counts an organisation known only from other contexts under "district not yet known", then moves it with its district', async () => {
    const g = randomUUID();
    const staff = randomUUID();
    const s = new EventScript(h);
    s.certificate(randomUUID(), { staffId: staff, organisationId: g, hours: 5, issuedAt: '2026-05-20T02:00:00.000Z', expiresOn: '2026-08-01' });
    s.finding(randomUUID(), g, '2026-06-10');
    for (const e of s.events) await h.publish(e);
    const unknown = { staffTrained: 1, trainingHours: 5, certificatesExpiring: 1, actionsOpen: 1, actionsOverdue: 1 };
    const rowOf = async (code: string | null) =>
      (await h.figures(AS_OF)).districts.find((d) => d.districtCode === code && !d.alliance);
    await waitFor(async () => (await rowOf(null))?.actionsOpen === 1 && (await rowOf(null))?.staffTrained === 1, {
      timeoutMs: 30_000,
      what: 'the organisation under "district not yet known"',
    });
    expect(await rowOf(null)).toMatchObject({ districtName: null, members: 0, ...unknown });

    s.apply(g, { name: '金牛新苗托育', kind: 'childcare_centre', districtCode: 'jinniu', districtName: '金牛区', licensed: 50, affordable: 20 });
    await h.publish(s.events[s.events.length - 1]);
    await waitFor(async () => (await rowOf('jinniu'))?.staffTrained === 1, { timeoutMs: 30_000, what: 'the move to 金牛区' });
    expect(await rowOf(null)).toBeUndefined();
    expect(await rowOf('jinniu')).toMatchObject({ districtName: '金牛区', membersByStatus: expect.objectContaining({ applied: 1 }), ...unknown });

    s.updateProfile(g, { districtCode: 'jinjiang', districtName: '锦江区' });
    await h.publish(s.events[s.events.length - 1]);
    await waitFor(async () => (await rowOf('jinjiang'))?.staffTrained === 1, { timeoutMs: 30_000, what: 'the move to 锦江区' });
    expect(await rowOf('jinniu')).toBeUndefined();
    expect(await rowOf('jinjiang')).toMatchObject({ districtName: '锦江区', ...unknown });

    const live = await h.figures(AS_OF);
    await h.call(DashboardRpc.rebuild, {});
    expect(await h.figures(AS_OF)).toEqual(live);
  });

  it('a revoked affordable-place designation takes the organisation’s affordable places out of the figures', async () => {
    const org = randomUUID();
    const s = new EventScript(h);
    s.apply(org, { name: '龙泉普惠托育', kind: 'childcare_centre', districtCode: 'longquanyi', districtName: '龙泉驿区', licensed: 70, affordable: 40 });
    s.admit(org);
    for (const e of s.events) await h.publish(e);
    const rowOf = async () => (await h.figures(AS_OF)).districts.find((d) => d.districtCode === 'longquanyi' && !d.alliance);
    await waitFor(async () => (await rowOf())?.affordablePlaces === 40, { timeoutMs: 30_000, what: '40 affordable places in 龙泉驿区' });

    const before = s.events.length;
    s.revokeAffordableDesignation(org, randomUUID());
    for (const e of s.events.slice(before)) await h.publish(e);
    await waitFor(async () => (await rowOf())?.affordablePlaces === 0, { timeoutMs: 30_000, what: 'the revocation in 龙泉驿区' });
    expect(await rowOf()).toMatchObject({ licensedPlaces: 70, affordablePlaces: 0, members: 1 });

    const live = await h.figures(AS_OF);
    await h.call(DashboardRpc.rebuild, {});
    expect(await h.figures(AS_OF)).toEqual(live);
  });
});
