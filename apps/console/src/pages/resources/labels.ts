import type { Schemas } from '../../api/client';
import type { Tone } from '../../lib/StatusTag';

export type Resource = Schemas['Resource'];
export type Booking = Schemas['Booking'];
export const RESOURCE_KINDS: Resource['kind'][] = ['venue', 'expert', 'equipment', 'material', 'places'];
export const BOOKING_STATUSES: Booking['status'][] = [
  'requested',
  'approved',
  'rejected',
  'cancelled',
  'expired',
  'completed',
  'no_show',
];
export const BOOKING_TONES: Record<Booking['status'], Tone> = {
  requested: 'blue',
  approved: 'green',
  rejected: 'red',
  cancelled: 'grey',
  expired: 'grey',
  completed: 'green',
  no_show: 'orange',
};

export type PlaceRequest = Schemas['PlaceRequest'];
export type BookingSeries = Schemas['BookingSeries'];
export const PLACE_REQUEST_STATUSES: PlaceRequest['status'][] = [
  'requested',
  'approved',
  'rejected',
  'cancelled',
  'expired',
];
export const PLACE_REQUEST_TONES: Record<PlaceRequest['status'], Tone> = {
  requested: 'blue',
  approved: 'green',
  rejected: 'red',
  cancelled: 'grey',
  expired: 'grey',
};
