import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AREAS, MENU_GROUPS } from '../src/nav/navigation';
import { LANGUAGES, RESOURCES, translate } from '../src/i18n/translate';

const SRC = resolve(__dirname, '../src');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const document = require('../src/api/openapi.json') as any;
const schemas = document.components.schemas;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}
const code = sources(SRC)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

function enumOf(schema: string, property: string): string[] {
  const p = schemas[schema].properties[property];
  return p.enum ?? p.items?.enum;
}

describe('translations (zh-CN and en)', () => {
  it('has the same keys in both languages, none empty, with the same placeholders', () => {
    const [zh, en] = LANGUAGES.map((l) => RESOURCES[l]);
    expect({ missingInEnglish: Object.keys(zh).filter((k) => !(k in en)) }).toEqual({ missingInEnglish: [] });
    expect({ missingInChinese: Object.keys(en).filter((k) => !(k in zh)) }).toEqual({ missingInChinese: [] });
    for (const language of LANGUAGES) {
      for (const [key, message] of Object.entries(RESOURCES[language])) {
        expect({ language, key, empty: message.trim() === '' }).toEqual({ language, key, empty: false });
      }
    }
    const placeholders = (m: string) => [...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    for (const key of Object.keys(zh)) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({
        key,
        placeholders: placeholders(zh[key]),
      });
    }
  });

  it('has every key the code asks for with t(…) in both languages', () => {
    const used = [...code.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(100);
    for (const language of LANGUAGES) {
      const missing = [...new Set(used)].filter((key) => !(key in RESOURCES[language]));
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('has a label for every value the gateway can send that the code shows with tx(`…${value}`)', () => {
    const families: Record<string, string[]> = {
      'member.status.': enumOf('MemberView', 'status'),
      'member.kind.': enumOf('MemberView', 'kind'),
      'member.ownership.': enumOf('MemberView', 'ownership'),
      'member.allianceRole.': enumOf('MemberView', 'allianceRole'),
      'role.': enumOf('Account', 'role'),
      'history.action.': enumOf('MemberHistoryEntry', 'action'),
      'problem.': enumOf('ProblemDetails', 'code'),
      'workingGroups.status.': enumOf('WorkingGroup', 'status'),
      'lifecycle.': ['admit', 'reject', 'suspend', 'reinstate', 'withdraw', 'expel'],
      'lifecycle.done.': ['admit', 'reject', 'suspend', 'reinstate', 'withdraw', 'expel'],
      'apply.creditCode.': ['empty', 'length', 'character', 'division', 'check'],
      'nav.group.': [...MENU_GROUPS],
      'course.status.': enumOf('Course', 'status'),
      'course.category.': enumOf('Course', 'category'),
      'staff.role.': enumOf('Staff', 'role'),
      'staff.status.': enumOf('Staff', 'status'),
      'session.status.': enumOf('Session', 'status'),
      'sessions.location.': enumOf('Location', 'kind'),
      'session.venue.': enumOf('SessionVenue', 'state'),
      'venueBooking.state.': enumOf('VenueBooking', 'state'),
      'enrolment.status.': enumOf('Enrolment', 'status'),
      'attendance.status.': enumOf('AttendanceMarkDto', 'status'),
      'certificate.validity.': enumOf('Certificate', 'validity'),
      'resource.kind.': enumOf('Resource', 'kind'),
      'resource.approval.': enumOf('BookingPolicy', 'approval'),
      'booking.status.': enumOf('Booking', 'status'),
      'placeRequest.status.': enumOf('PlaceRequest', 'status'),
      'series.skip.': enumOf('SeriesSkippedDate', 'reason'),
      'resources.hours.': ['order', 'overlap'],
      'audits.amendProblem.': ['duplicate', 'naReason'],
      'standard.status.': enumOf('StandardSummary', 'status'),
      'standards.bands.': ['missing', 'order'],
      'expiring.kind.': enumOf('ExpiringItem', 'kind'),
      'requirement.status.': enumOf('TrainingRequirement', 'status'),
      'designation.status.': enumOf('MemberView', 'affordableDesignation'),
      'designation.decision.': enumOf('AffordableDesignationReview', 'decision'),
      'session.meetingProblem.': ['order', 'overlap'],
      // ISO weekdays of opening hours: 1 = Monday … 7 = Sunday.
      'weekday.': ['1', '2', '3', '4', '5', '6', '7'],
      'audit.status.': enumOf('AuditSummary', 'status'),
      'audit.kind.': enumOf('AuditSummary', 'kind'),
      'answer.result.': enumOf('Answer', 'result'),
      'finding.severity.': enumOf('Finding', 'severity'),
      'action.status.': enumOf('CorrectiveAction', 'status'),
      'dashboard.table.': ['all', 'overview', 'members', 'places', 'training', 'compliance', 'resources'],
      'pipeline.replayed.': enumOf('ReplayResult', 'outcome'),
      'pipeline.deadLetter.': [...enumOf('DeadLetter', 'status'), 'all'],
      'task.kind.': enumOf('Task', 'kind'),
      'notice.category.': enumOf('Notice', 'category'),
      'notice.status.': enumOf('Notice', 'status'),
      'notice.audience.': enumOf('Audience', 'kind'),
      'meeting.kind.': enumOf('CoordinationMeeting', 'kind'),
      'meeting.status.': enumOf('CoordinationMeeting', 'status'),
      'meeting.place.': enumOf('MeetingPlace', 'kind'),
      'meeting.answer.': enumOf('MeetingInvitation', 'answer'),
      'actionItem.status.': enumOf('ActionItem', 'status'),
      'practice.kind.': enumOf('Practice', 'kind'),
      'practice.status.': enumOf('Practice', 'status'),
    };
    // Every template key in the code belongs to a family checked here.
    const templates = [...code.matchAll(/\btx\(\s*`([^`$]+)\$\{/g)].map((m) => m[1]);
    expect(templates.length).toBeGreaterThan(5);
    for (const prefix of new Set(templates))
      expect({ prefix, checked: prefix in families }).toEqual({ prefix, checked: true });
    const menu = AREAS.map((a) => a.label);
    for (const language of LANGUAGES) {
      const wanted = [
        ...Object.entries(families).flatMap(([p, values]) => values.map((v) => p + v)),
        ...menu,
      ];
      const missing = wanted.filter((key) => !(key in RESOURCES[language]));
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('shows a missing key as ⟦key⟧ (so a browser test sees it) and fills placeholders', () => {
    expect(translate('en', 'no.such.key')).toBe('⟦no.such.key⟧');
    expect(translate('zh-CN', 'form.tooLong', { max: 1000 })).toBe('最多 1000 个字符');
    expect(translate('en', 'apply.creditCode.length', { count: 7 })).toBe('18 characters needed, 7 entered');
  });
});
