import type { Schemas } from '../../api/client';
import type { Tone } from '../../lib/StatusTag';

export type Member = Schemas['MemberView'];
export const STATUSES: Member['status'][] = [
  'applied',
  'admitted',
  'rejected',
  'suspended',
  'withdrawn',
  'expelled',
];
export const KINDS: Member['kind'][] = [
  'childcare_centre',
  'kindergarten',
  'hospital',
  'maternal_child_health_institute',
  'university',
  'government_bureau',
  'enterprise',
  'other',
];
export const OWNERSHIPS: Member['ownership'][] = [
  'state_owned',
  'university_run',
  'public_institution',
  'private',
  'other',
];
export const ALLIANCE_ROLES: Member['allianceRole'][] = ['lead_unit', 'guidance_centre', 'member'];

export const STATUS_COLOURS: Record<Member['status'], Tone> = {
  applied: 'blue',
  admitted: 'green',
  rejected: 'grey',
  suspended: 'orange',
  withdrawn: 'grey',
  expelled: 'red',
};
