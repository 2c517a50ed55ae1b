import type { CourseEventData, CourseView } from '@alliance/contracts/training';
import type { CourseEntity } from './course.entity';

export function toCourseView(course: CourseEntity): CourseView {
  return {
    id: course.id,
    code: course.code,
    title: course.title,
    description: course.description,
    category: course.category,
    creditHours: course.creditHours,
    targetRoles: course.targetRoles,
    prerequisiteCourseIds: course.prerequisiteCourseIds,
    certificateValidityMonths: course.certificateValidityMonths,
    completionThresholdPercent: course.completionThresholdPercent,
    status: course.status,
    version: course.version,
    createdAt: course.createdAt.toISOString(),
  };
}

export function toCourseEventData(course: CourseEntity, reason: string | null = null): CourseEventData {
  return {
    courseId: course.id,
    code: course.code,
    title: course.title,
    category: course.category,
    creditHours: course.creditHours,
    targetRoles: course.targetRoles,
    reason,
  };
}
