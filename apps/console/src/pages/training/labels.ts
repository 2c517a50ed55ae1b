import type { Schemas } from '../../api/client';
import type { Tone } from '../../lib/StatusTag';

export type Course = Schemas['Course'];
export type Session = Schemas['Session'];
export type Enrolment = Schemas['Enrolment'];
export type Certificate = Schemas['Certificate'];
export type Staff = Schemas['Staff'];
export type AttendanceStatus = Schemas['AttendanceMarkDto']['status'];

export const CATEGORIES: Course['category'][] = [
  'care_and_feeding',
  'health_and_hygiene',
  'safety_and_first_aid',
  'early_development',
  'parenting_guidance',
  'medical_childcare_integration',
  'management',
];
export const STAFF_ROLES: Staff['role'][] = [
  'caregiver',
  'infant_care_specialist',
  'health_staff',
  'teacher',
  'director',
  'cook',
  'security',
  'other',
];
export const ATTENDANCE: AttendanceStatus[] = ['present', 'late', 'absent', 'excused'];

export const COURSE_TONES: Record<Course['status'], Tone> = {
  draft: 'blue',
  published: 'green',
  retired: 'grey',
};
export const SESSION_TONES: Record<Session['status'], Tone> = {
  scheduled: 'blue',
  completed: 'green',
  cancelled: 'grey',
};
export const ENROLMENT_TONES: Record<Enrolment['status'], Tone> = {
  confirmed: 'green',
  waitlisted: 'orange',
  cancelled: 'grey',
};
export const VALIDITY_TONES: Record<Certificate['validity'], Tone> = {
  valid: 'green',
  expired: 'orange',
  revoked: 'red',
};
