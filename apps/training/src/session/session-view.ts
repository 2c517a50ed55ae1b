import type {
  MeetingView,
  SessionEventData,
  SessionVenueView,
  SessionView,
} from '@alliance/contracts/training';
import { allianceTimeRange } from '../shared/time';
import type { CourseEntity } from '../course/course.entity';
import type { SessionEntity, SessionMeetingEntity } from './session.entity';

export function toMeetingView(meeting: SessionMeetingEntity): MeetingView {
  return {
    id: meeting.id,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    local: allianceTimeRange(meeting.startsAt, meeting.endsAt),
  };
}

export function toSessionView(
  session: SessionEntity,
  course: Pick<CourseEntity, 'code' | 'title'>,
  meetings: SessionMeetingEntity[],
  venue: SessionVenueView | null = null,
): SessionView {
  return {
    id: session.id,
    courseId: session.courseId,
    courseCode: course.code,
    courseTitle: course.title,
    trainerIds: session.trainerIds,
    meetings: meetings.map(toMeetingView),
    // Sessions scheduled before venues were booked have no organisationId in their location.
    location: { ...session.location, organisationId: session.location.organisationId ?? null },
    capacity: session.capacity,
    confirmedCount: session.confirmedCount,
    waitlistCount: session.waitlistCount,
    enrolmentOpensAt: session.enrolmentOpensAt.toISOString(),
    enrolmentClosesAt: session.enrolmentClosesAt.toISOString(),
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    hours: session.hours,
    status: session.status,
    cancellationReason: session.cancellationReason,
    completedAt: session.completedAt?.toISOString() ?? null,
    venue,
    version: session.version,
  };
}

export function toSessionEventData(
  session: SessionEntity,
  course: Pick<CourseEntity, 'title'>,
  meetings: SessionMeetingEntity[],
  extra: Partial<SessionEventData> = {},
): SessionEventData {
  return {
    sessionId: session.id,
    courseId: session.courseId,
    courseTitle: course.title,
    trainerIds: session.trainerIds,
    meetings: meetings.map((m) => ({
      meetingId: m.id,
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt.toISOString(),
    })),
    capacity: session.capacity,
    status: session.status,
    ...extra,
  };
}
