import type { OpenAPIObject } from '@nestjs/swagger';
import { SCHEMA_REF_PREFIX } from './contract-schemas';

/**
 * One realistic, valid example per request body, so that Swagger UI's "Try it out" and contract-testing
 * tools driven by the document send something the route accepts (not `"creditCode": "string"`).
 *
 * Keyed by the body's schema name (the DTO class the route's @Body() has); an operation that needs another
 * example than its schema's is keyed `"METHOD /path"` or `"METHOD /path media/type"` in OPERATION_EXAMPLES.
 * test/openapi-examples.e2e.spec.ts fails for a body without an example and checks every example against the
 * route itself (no 400), so an example cannot drift into an invalid one.
 *
 * One alliance throughout: a private childcare centre in Chengdu's Wuhou district (credit code with a valid
 * GB 32100 check character, division 510107), its staff, a course and session, the seed standard's areas.
 * Dates are Asia/Shanghai, in the autumn term of 2027 — move EXAMPLE_DAY forward before it is reached, as
 * services refuse bookings and sessions in the past.
 */

type Example = Record<string, unknown>;

/** A Tuesday. */
const EXAMPLE_DAY = '2027-09-14';
const at = (day: string, time: string) => `${day}T${time}:00+08:00`;

/**
 * Ids as a client would have them from earlier answers (the test that sends the examples creates the accounts
 * the gateway itself checks, and puts their ids in place of these).
 */
export const EXAMPLE_IDS = {
  organisation: 'abaf6285-ac95-474c-9057-10de3d3f7352',
  otherOrganisation: 'ad4e4da0-ff71-4aaa-8149-e2cb811240aa',
  trainer: '3bac50d7-b82d-4d9c-a789-a4993814e01a',
  inspector: '7042bf4e-cd23-4d74-a0c6-fed1e809f04d',
  staff: '64c8bb18-1366-4c7d-98da-dd962011c5d6',
  course: '6ce6f6a8-f790-46da-9deb-601d834c82d1',
  session: '0561e9e7-ab69-4dba-829c-258b8fec8e81',
  meeting: '6f915b56-acf5-4bba-a55c-d7e501074db7',
  venue: '0c3e78ad-4fa5-4114-a7bb-e2af0db24cd7',
  places: 'ce520cfe-c717-4a9b-ab9f-f99ac2094ee5',
  standard: 'cd4dc634-9bb4-46cf-8708-41e5c70a9d4d',
  criterion: '9a7e336b-5e19-4954-856b-8faccf35d6dc',
} as const;
const ID = EXAMPLE_IDS;

const CENTRE = {
  name: '成都市武侯区小橡树托育中心',
  nameEn: 'Little Oak Childcare Centre, Wuhou',
  creditCode: '91510107MA6CM4QK8Y',
  kind: 'childcare_centre',
  ownership: 'private',
  districtCode: 'wuhou',
  address: '成都市武侯区人民南路四段12号',
  contacts: [
    { name: '李娟', role: '园长', phone: '13800001234', email: 'lijuan@xiaoxiangshu.example.org' },
    { name: '王磊', role: '保健医', phone: '028-85001234' },
  ],
  licensedPlaces: 80,
  affordablePlaces: 40,
  allianceRole: 'member',
};

const STANDARD = {
  title: '托育机构质量评估标准（联盟版）',
  issuer: '成都市托育服务联盟',
  effectiveFrom: '2027-09-01',
  totalPoints: 100,
  areas: [
    {
      code: 'SAFE',
      title: '安全保障',
      maxPoints: 60,
      criteria: [
        {
          code: 'SAFE-1',
          text: '婴幼儿生活用房不高于三层，消防通道畅通并每季度组织应急疏散演练',
          points: 40,
          evidenceRequired: true,
          veto: true,
          appliesTo: ['childcare_centre', 'kindergarten'],
          trainingCategory: 'safety_and_first_aid',
        },
        {
          code: 'SAFE-2',
          text: '保育人员均持有效健康证明并完成背景审查',
          points: 20,
          evidenceRequired: true,
          veto: false,
          appliesTo: [],
        },
      ],
    },
    {
      code: 'CARE',
      title: '保育照护',
      maxPoints: 40,
      criteria: [
        {
          code: 'CARE-1',
          text: '12–24月龄班级保育人员与婴幼儿比例不低于1:5，班级规模不超过15人',
          points: 40,
          evidenceRequired: false,
          veto: false,
          appliesTo: ['childcare_centre'],
          trainingCategory: 'care_and_feeding',
        },
      ],
    },
  ],
  gradeBands: [
    { grade: 'A', minPercent: 90 },
    { grade: 'B', minPercent: 75 },
    { grade: 'C', minPercent: 60 },
    { grade: 'D', minPercent: 0 },
  ],
};

const VENUE_RULES = {
  openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '17:30' })),
  blackouts: [{ from: '2027-10-01', to: '2027-10-07', reason: '国庆假期' }],
  policy: { approval: 'owner', minNoticeMinutes: 1440, maxDurationMinutes: 480, monthlyQuota: 8 },
};

const MEETINGS = [
  { startsAt: at(EXAMPLE_DAY, '09:00'), endsAt: at(EXAMPLE_DAY, '12:00') },
  { startsAt: at('2027-09-21', '09:00'), endsAt: at('2027-09-21', '12:00') },
];

export const REQUEST_EXAMPLES: Record<string, Example> = {
  // ---- accounts and sign-in ----------------------------------------------------------------------
  // An inspector of the district health bureau: created with a temporary password, which she then replaces.
  CreateAccountBody: { username: 'zhao.min', password: 'Temporary-2027-0914', role: 'inspector' },
  ChangePasswordBody: { currentPassword: 'Temporary-2027-0914', newPassword: 'Wuhou-inspection-2027' },
  LoginBody: { username: 'zhao.min', password: 'Wuhou-inspection-2027' },
  UpdateAccountBody: { role: 'member_rep', organisationId: ID.organisation },

  // ---- pipeline ---------------------------------------------------------------------------------
  ReplayDeadLetterBody: {},
  DiscardDeadLetterBody: { reason: '事件已由人工补录，无需重放' },

  // ---- membership --------------------------------------------------------------------------------
  ApplyForMembershipDto: CENTRE,
  UpdateMemberProfileBody: {
    address: '成都市武侯区人民南路四段18号',
    licensedPlaces: 100,
    affordablePlaces: 50,
    expectedVersion: 3,
  },
  AdmitMemberBody: { expectedVersion: 1, reason: '材料齐全，经联盟理事会审议通过' },
  RejectMemberBody: { expectedVersion: 1, reason: '备案材料不全：缺少消防验收意见书' },
  SuspendMemberBody: { expectedVersion: 2, reason: '年度督导发现消防通道堵塞，整改期间暂停成员资格' },
  ReinstateMemberBody: { expectedVersion: 3, reason: '整改完成，复查合格' },
  WithdrawMemberBody: { expectedVersion: 2, reason: '机构转型为幼儿园，申请退出联盟' },
  ExpelMemberBody: { expectedVersion: 4, reason: '整改期满仍未达标，经理事会决定除名' },
  DecideAffordableDesignationBody: {
    decision: 'keep',
    reason: '普惠托位收费仍符合区卫健局核定标准',
    expectedVersion: 2,
  },
  FormWorkingGroupDto: {
    name: '医育结合工作组',
    description: '推动妇幼保健机构与托育机构的儿童健康管理协作',
    chairOrganisationId: ID.organisation,
    memberOrganisationIds: [ID.otherOrganisation],
  },
  AddWorkingGroupMemberBody: { organisationId: ID.otherOrganisation, expectedVersion: 1 },
  NameWorkingGroupChairBody: { organisationId: ID.otherOrganisation, expectedVersion: 2 },
  DissolveWorkingGroupBody: { reason: '阶段性任务已完成', expectedVersion: 3 },

  // ---- staff and training -----------------------------------------------------------------------
  RegisterStaffDto: {
    organisationId: ID.organisation,
    name: '张小雨',
    role: 'caregiver',
    hiredOn: '2027-08-20',
    qualifications: [{ kind: '保育师', number: 'BYS-2027-051234', issuedOn: '2027-06-30' }],
    healthCertificateExpiresOn: '2028-08-19',
    backgroundCheckedOn: '2027-08-15',
  },
  UpdateStaffBody: { role: 'infant_care_specialist', expectedVersion: 2 },
  StaffLeavesBody: { leftOn: '2027-12-31', reason: '合同期满', expectedVersion: 3 },
  CreateCourseDto: {
    code: 'SAFE-101',
    title: '婴幼儿急救与安全防护',
    description: '海姆立克急救、心肺复苏与托育场所常见意外的预防',
    category: 'safety_and_first_aid',
    creditHours: 6,
    targetRoles: ['caregiver', 'infant_care_specialist', 'teacher'],
    certificateValidityMonths: 24,
    completionThresholdPercent: 80,
  },
  PublishCourseBody: { expectedVersion: 1 },
  RetireCourseBody: { reason: '已由新版课程 SAFE-201 替代', expectedVersion: 2 },
  ScheduleSessionDto: {
    courseId: ID.course,
    trainerIds: [ID.trainer],
    meetings: MEETINGS,
    location: { kind: 'address', address: '成都市武侯区妇幼保健院三楼培训室' },
    capacity: 30,
    enrolmentOpensAt: at('2027-08-30', '09:00'),
    enrolmentClosesAt: at('2027-09-10', '18:00'),
  },
  RescheduleSessionBody: {
    meetings: MEETINGS.map((m) => ({
      startsAt: m.startsAt.replace('09:00', '14:00'),
      endsAt: m.endsAt.replace('12:00', '17:00'),
    })),
    reason: '培训室上午另有安排，改至下午',
    expectedVersion: 2,
  },
  CancelSessionBody: { reason: '报名人数不足', expectedVersion: 2 },
  RecordAttendanceBody: { marks: [{ meetingId: ID.meeting, staffId: ID.staff, status: 'present' }] },
  CompleteSessionBody: { expectedVersion: 4 },
  EnrolDto: { sessionId: ID.session, staffId: ID.staff },
  CancelEnrolmentBody: { reason: '该员工当日值班', expectedVersion: 1 },
  RevokeCertificateBody: { reason: '考核材料经核查不实', expectedVersion: 1 },
  RunExpiryCheckDto: { withinDays: 30 },

  // ---- resources --------------------------------------------------------------------------------
  ListResourceDto: {
    kind: 'venue',
    title: '亲子活动室',
    description: '约80平方米，配有软垫、投影和母婴室，可容纳30人',
    ownerOrganisationId: ID.organisation,
    districtCode: 'wuhou',
    address: '成都市武侯区人民南路四段12号二楼',
    capacity: 30,
    visibility: 'districts',
    visibleDistricts: ['wuhou', 'gaoxin', 'shuangliu'],
    ...VENUE_RULES,
    availableFrom: '2027-09',
    availableUntil: '2028-08',
  },
  UpdateResourceBody: { capacity: 25, ...VENUE_RULES, expectedVersion: 2 },
  WithdrawResourceBody: { reason: '活动室装修，暂停开放', expectedVersion: 3 },
  RequestBookingDto: {
    resourceId: ID.venue,
    organisationId: ID.otherOrganisation,
    startsAt: at('2027-09-16', '14:00'),
    endsAt: at('2027-09-16', '16:00'),
    purpose: '家长课堂：婴幼儿睡眠指导',
    headcount: 24,
  },
  RequestSeriesDto: {
    resourceId: ID.venue,
    organisationId: ID.otherOrganisation,
    startsAt: at('2027-09-16', '14:00'),
    endsAt: at('2027-09-16', '16:00'),
    purpose: '每周四亲子早教活动',
    headcount: 20,
    count: 8,
  },
  ApproveBookingBody: { note: '请提前十分钟到前台登记', expectedVersion: 1 },
  RejectBookingBody: { reason: '该时段已安排消防演练', expectedVersion: 1 },
  CancelBookingBody: { reason: '活动延期', expectedVersion: 2 },
  CompleteBookingBody: { expectedVersion: 2 },
  MarkNoShowBody: { expectedVersion: 2 },
  CancelSeriesBody: { reason: '学期课程调整' },
  RequestPlacesDto: {
    resourceId: ID.places,
    organisationId: ID.otherOrganisation,
    quantity: 5,
    fromMonth: '2027-09',
    toMonth: '2028-01',
    purpose: '安置园区企业职工子女（普惠托位）',
  },
  ApprovePlaceRequestBody: { note: '9月起每月初确认在托名单', expectedVersion: 1 },
  RejectPlaceRequestBody: { reason: '该时段托位已满', expectedVersion: 1 },
  CancelPlaceRequestBody: { reason: '企业已自建托育点', expectedVersion: 2 },

  // ---- compliance -------------------------------------------------------------------------------
  CreateStandardDto: { code: 'TY-QA-WH', ...STANDARD },
  UpdateStandardBody: { expectedVersion: 1, ...STANDARD },
  PublishStandardBody: { expectedVersion: 2 },
  RetireStandardBody: { reason: '已发布2028版标准', expectedVersion: 3 },
  PlanAuditBody: {
    organisationId: ID.organisation,
    standardId: ID.standard,
    kind: 'routine',
    plannedDate: '2027-09-15',
    inspectorIds: [ID.inspector],
    notes: '年度例行督导，重点查看消防与保育比例',
  },
  PlanFollowUpBody: { plannedDate: '2027-10-15', inspectorIds: [ID.inspector] },
  AssignInspectorsBody: { inspectorIds: [ID.inspector], plannedDate: '2027-09-15', expectedVersion: 1 },
  StartAuditBody: { expectedVersion: 2 },
  AnswerBody: {
    result: 'partly_met',
    pointsAwarded: 12,
    notes: '两名保育人员健康证明将于本月到期，已提醒复检',
  },
  AuditEvidenceUploadBody: {
    criterionId: ID.criterion,
    fileName: '消防通道.png',
    contentType: 'image/png',
    // A 1×1 PNG: the service checks that the bytes are what contentType says.
    contentBase64:
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  },
  AuditEvidenceLinkBody: {
    criterionId: ID.criterion,
    url: 'https://example.org/wuhou/xiaoxiangshu/fire-drill-2027-09.pdf',
    title: '2027年9月消防疏散演练记录',
  },
  SubmitAuditBody: { summary: '总体良好，消防通道及健康证明两项需整改', expectedVersion: 9 },
  AmendAuditBody: {
    reason: '复核照片后更正 SAFE-2 的评分',
    answers: [{ criterionId: ID.criterion, result: 'met', notes: '补充提交的健康证明有效' }],
    expectedVersion: 10,
  },
  CloseAuditBody: { note: '全部整改项已验证关闭', expectedVersion: 11 },
  CancelAuditBody: { reason: '机构已退出联盟', expectedVersion: 1 },
  RespondToActionBody: { plan: '已清理消防通道杂物并安排专人每日巡查，附整改后照片', expectedVersion: 1 },
  ActionEvidenceUploadBody: {
    fileName: '整改后消防通道.png',
    contentType: 'image/png',
    contentBase64:
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  },
  ActionEvidenceLinkBody: {
    url: 'https://example.org/wuhou/xiaoxiangshu/rectification-2027-09.pdf',
    title: '消防通道整改报告',
  },
  CloseActionBody: { note: '现场复查，通道已畅通', expectedVersion: 2 },
  ReopenActionBody: { reason: '复查时通道再次被婴儿车占用', expectedVersion: 2 },
  RunOverdueCheckDto: { asOf: '2027-09-30' },

  // ---- coordination -----------------------------------------------------------------------------
  CreateNoticeDto: {
    title: '关于做好2027年秋季普惠托位申报工作的通知',
    body: '各成员单位：\n\n请于截止日期前在平台签收，并报送本单位普惠托位计划。',
    category: 'policy',
    issuer: '成都市卫生健康委员会',
    audience: { kind: 'districts', districtCodes: ['wuhou', 'gaoxin'] },
    requiresAcknowledgement: true,
    acknowledgeBy: at('2027-09-30', '17:00'),
    reminderDaysBefore: 3,
  },
  UpdateNoticeBody: { expectedVersion: 1, acknowledgeBy: at('2027-10-08', '17:00') },
  PublishNoticeBody: { expectedVersion: 1 },
  WithdrawNoticeBody: { reason: '文件内容有误，将重新发布', expectedVersion: 2 },
  AcknowledgeNoticeBody: { reply: '已收悉，将按时报送' },
  RunReminderCheckDto: { asOf: at('2027-09-27', '09:00') },
  ScheduleMeetingDto: {
    kind: 'site_visit',
    title: '实地参访：指导中心旗舰托育中心',
    startsAt: at(EXAMPLE_DAY, '14:00'),
    endsAt: at(EXAMPLE_DAY, '16:30'),
    place: { kind: 'address', address: '成都市高新区天府软件园' },
    agenda: ['参观旗舰中心', '医育结合经验交流'],
    invitees: { kind: 'members', organisationIds: [ID.organisation] },
  },
  CancelMeetingBody: { reason: '场地临时检修，另行通知', expectedVersion: 1 },
  AnswerInvitationBody: { answer: 'attending', attendees: 2, note: '园长及保健医生参加' },
  SignInBody: {
    code: '6f915b56-acf5-4bba-a55c-d7e501074db7.1820000000.q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c',
  },
  PublishMinutesBody: {
    summary: '会议通报了医育结合试点进展，讨论了工作组章程。',
    decisions: ['成立医育结合工作组'],
    actionItems: [{ title: '起草工作组章程', ownerOrganisationId: ID.organisation, dueDate: '2027-10-15' }],
    expectedVersion: 1,
  },
  CompleteActionItemBody: { note: '章程初稿已提交', expectedVersion: 1 },
  RunActionItemOverdueCheckDto: { asOf: '2027-10-16' },
  CreatePracticeDto: {
    kind: 'case',
    title: '社区嵌入式托育点的医育结合实践',
    summary: '社区卫生服务中心与托育点共建儿童保健服务',
    body: '## 做法\n\n每月一次儿保医生入园巡诊。',
    tags: ['医育结合', '普惠运营'],
    contributorOrganisationId: ID.organisation,
    standardCodes: ['TY-QA'],
    trainingCategories: ['medical_childcare_integration'],
  },
  PublishPracticeBody: { expectedVersion: 1 },
  AttachmentUploadBody: {
    fileName: '普惠托位申报指南.pdf',
    contentType: 'application/pdf',
    // The first bytes of a PDF: the service checks that the bytes are what contentType says.
    contentBase64: 'JVBERi0xLjcKJeLjz9MK',
  },
  OrganiserDto: { organisationId: ID.organisation },

  // ---- dashboard --------------------------------------------------------------------------------
  DistrictPopulationBodyDto: { childrenUnderThree: 38000, districtName: '武侯区' },
};

/**
 * Operations whose body needs another example than its schema's. Multipart uploads: the file goes in the
 * `file` part (which an example cannot hold), the other fields beside it.
 */
export const OPERATION_EXAMPLES: Record<string, Example> = {
  'POST /api/v1/audits/{id}/evidence multipart/form-data': { criterionId: ID.criterion },
  'POST /api/v1/corrective-actions/{id}/evidence multipart/form-data': {},
  'POST /api/v1/notices/{id}/attachments multipart/form-data': {},
  'POST /api/v1/practices/{id}/attachments multipart/form-data': {},
};

interface MediaType {
  schema?: { $ref?: string };
  example?: unknown;
  examples?: unknown;
}

/** The example for one media type of an operation's body, or undefined if the tables have none. */
export function requestExampleFor(
  operation: string,
  mediaType: string,
  media: MediaType,
): Example | undefined {
  const schemaName = media.schema?.$ref?.startsWith(SCHEMA_REF_PREFIX)
    ? media.schema.$ref.slice(SCHEMA_REF_PREFIX.length)
    : undefined;
  return (
    OPERATION_EXAMPLES[`${operation} ${mediaType}`] ??
    OPERATION_EXAMPLES[operation] ??
    (schemaName ? REQUEST_EXAMPLES[schemaName] : undefined)
  );
}

/** Puts the tables' example on every request body media type that has none of its own. */
export function addRequestExamples(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item as Record<string, unknown>)) {
      const content = (operation as { requestBody?: { content?: Record<string, MediaType> } } | undefined)
        ?.requestBody?.content;
      for (const [mediaType, media] of Object.entries(content ?? {})) {
        if (media.example !== undefined || media.examples !== undefined) continue;
        const example = requestExampleFor(`${method.toUpperCase()} ${path}`, mediaType, media);
        if (example !== undefined) media.example = structuredClone(example);
      }
    }
  }
}
