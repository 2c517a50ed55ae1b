import { eventType, rpcSubject } from '../events/subjects';

export const RESOURCES_CONTEXT = 'resources';

const rpc = (aggregate: string, action: string) => rpcSubject(RESOURCES_CONTEXT, aggregate, action);
const evt = (aggregate: string, pastTense: string) => eventType(RESOURCES_CONTEXT, aggregate, pastTense);

/** Request-reply subjects served by the resources service (before any deployment prefix). */
export const ResourcesRpc = {
  listResource: rpc('resource', 'list'),
  updateResource: rpc('resource', 'update'),
  withdrawResource: rpc('resource', 'withdraw'),
  getResource: rpc('resource', 'get'),
  searchResources: rpc('resource', 'search'),
  requestBooking: rpc('booking', 'request'),
  requestSeries: rpc('booking', 'request-series'),
  /** RPC only (no HTTP route): another service books a venue for an organisation, idempotent by its key. */
  requestOnBehalf: rpc('booking', 'request-on-behalf'),
  /**
   * RPC only (no HTTP route): the service that requested on an organisation's behalf gives the booking back,
   * naming the request's key; idempotent, and a key released before its request arrived is never booked.
   */
  releaseOnBehalf: rpc('booking', 'release-on-behalf'),
  approveBooking: rpc('booking', 'approve'),
  rejectBooking: rpc('booking', 'reject'),
  cancelBooking: rpc('booking', 'cancel'),
  cancelSeries: rpc('booking', 'cancel-series'),
  completeBooking: rpc('booking', 'complete'),
  markNoShow: rpc('booking', 'no-show'),
  getBooking: rpc('booking', 'get'),
  listBookings: rpc('booking', 'list'),
  runExpiryCheck: rpc('booking', 'expiry-check'),
  requestPlaces: rpc('place-request', 'request'),
  approvePlaceRequest: rpc('place-request', 'approve'),
  rejectPlaceRequest: rpc('place-request', 'reject'),
  cancelPlaceRequest: rpc('place-request', 'cancel'),
  listPlaceRequests: rpc('place-request', 'list'),
  reciprocity: rpc('report', 'reciprocity'),
} as const;
export type ResourcesRpcSubject = (typeof ResourcesRpc)[keyof typeof ResourcesRpc];

/** Event types (= subjects before any prefix) published by the resources service. */
export const ResourcesEvent = {
  resourceListed: evt('resource', 'listed'),
  resourceUpdated: evt('resource', 'updated'),
  resourceWithdrawn: evt('resource', 'withdrawn'),
  bookingRequested: evt('booking', 'requested'),
  bookingApproved: evt('booking', 'approved'),
  bookingRejected: evt('booking', 'rejected'),
  bookingCancelled: evt('booking', 'cancelled'),
  bookingExpired: evt('booking', 'expired'),
  bookingCompleted: evt('booking', 'completed'),
  bookingNoShow: evt('booking', 'no-show'),
  /** A request made on an organisation's behalf (request-on-behalf) that was refused: no booking exists. */
  onBehalfRefused: evt('on-behalf-request', 'refused'),
  placeRequestRequested: evt('place-request', 'requested'),
  placeRequestApproved: evt('place-request', 'approved'),
  placeRequestRejected: evt('place-request', 'rejected'),
  placeRequestCancelled: evt('place-request', 'cancelled'),
  placeRequestExpired: evt('place-request', 'expired'),
} as const;
export type ResourcesEventType = (typeof ResourcesEvent)[keyof typeof ResourcesEvent];
