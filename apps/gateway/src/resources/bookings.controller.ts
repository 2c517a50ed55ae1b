import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role, ROLES } from '@alliance/contracts';
import {
  ListBookingsDto,
  RequestBookingDto,
  RequestSeriesDto,
  ResourcesRpc,
  type BookingPage,
  type BookingView,
  type ExpiryCheckView,
  type SeriesCancellationView,
  type SeriesView,
} from '@alliance/contracts/resources';
import { Allow } from '../auth/access.decorator';
import { ContractQueryPipe } from '../http/contract-query.pipe';
import { Ctx, type RequestContext } from '../http/request-context';
import { UuidParam } from '../http/uuid-param.pipe';
import {
  ApiJsonBody,
  ApiProblems,
  ApiQueryFrom,
  ApiResult,
  ApiSummary,
  ApiUuidParam,
  FORWARDED_ERRORS,
  ref,
} from '../openapi/api-docs.decorators';
import { ServiceForwarder } from '../rpc/service-forwarder';
import {
  ApproveBookingBody,
  CancelBookingBody,
  CancelSeriesBody,
  CompleteBookingBody,
  MarkNoShowBody,
  RejectBookingBody,
} from './resources-bodies';

/** Representatives book for their organisation, trainers book venues for training, admins anything. */
const BOOKERS = [Role.AllianceAdmin, Role.MemberRep, Role.Trainer] as const;
/** Decisions of the owner's side: its representative (checked by the service) or an admin. */
const OWNER_SIDE = [Role.AllianceAdmin, Role.MemberRep] as const;
const CHANGE_ERRORS = [...FORWARDED_ERRORS, 403, 404, 409, 422] as const;

const RULES =
  'Refusals name their rule in `errors[].reasons` as `<reason>: <message>`: 409 `slot_taken` (with the ' +
  'clashing booking’s time, and who booked it to admins only); 422 `outside_opening_hours`, `blackout`, ' +
  '`over_quota`, `notice_too_short`, `too_long`, `over_capacity`, `in_the_past`, `resource_withdrawn`, ' +
  '`not_visible`, `organisation_not_admitted`.';

@ApiTags('bookings')
@Controller('bookings')
export class BookingsController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Post()
  @Allow(...BOOKERS)
  @ApiSummary('Book a venue, expert or equipment for a time', RULES)
  @ApiJsonBody(RequestBookingDto)
  @ApiResult(201, ref('Booking'), 'Requested (or approved at once under an auto-approve policy).')
  @ApiProblems(...CHANGE_ERRORS)
  request(@Ctx() ctx: RequestContext, @Body() body: RequestBookingDto): Promise<BookingView> {
    return this.forward.send(ResourcesRpc.requestBooking, ctx, body);
  }

  @Post('series')
  @Allow(...BOOKERS)
  @ApiSummary(
    'Book weekly (until a date or N times)',
    'Every free date is booked; each date that is taken, closed or over quota is reported in `skipped` with ' +
      'its reason. Cancel the series as a whole (`/booking-series/{id}/cancel`) or a date as a booking.',
  )
  @ApiJsonBody(RequestSeriesDto)
  @ApiResult(201, ref('BookingSeries'))
  @ApiProblems(...CHANGE_ERRORS)
  requestSeries(@Ctx() ctx: RequestContext, @Body() body: RequestSeriesDto): Promise<SeriesView> {
    return this.forward.send(ResourcesRpc.requestSeries, ctx, body);
  }

  @Get()
  @Allow(...ROLES)
  @ApiSummary(
    'Bookings',
    'By start time; keyset pagination with `cursor`. A member_rep reads its organisation’s bookings ' +
      '(default) or, with `ownerOrganisationId`, those of its resources (`status=requested`: the requests to decide).',
  )
  @ApiQueryFrom(ListBookingsDto)
  @ApiResult(200, ref('BookingPage'))
  @ApiProblems(...FORWARDED_ERRORS, 403)
  list(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(ListBookingsDto)) query: ListBookingsDto,
  ): Promise<BookingPage> {
    return this.forward.send(ResourcesRpc.listBookings, ctx, query);
  }

  @Post('expiry-check')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary(
    'Expire undecided requests now',
    'Requests nobody decided before they began expire (each announced once); the service also does this every minute.',
  )
  @ApiResult(200, ref('BookingExpiryCheck'))
  @ApiProblems(...FORWARDED_ERRORS)
  expiryCheck(@Ctx() ctx: RequestContext): Promise<ExpiryCheckView> {
    return this.forward.send(ResourcesRpc.runExpiryCheck, ctx, {});
  }

  @Get(':id')
  @Allow(...ROLES)
  @ApiSummary('One booking')
  @ApiUuidParam('id', 'Booking id')
  @ApiResult(200, ref('Booking'))
  @ApiProblems(...FORWARDED_ERRORS, 403, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<BookingView> {
    return this.forward.send(ResourcesRpc.getBooking, ctx, { id });
  }

  @Post(':id/approve')
  @Allow(...OWNER_SIDE)
  @HttpCode(200)
  @ApiSummary('Approve a requested booking (the owner)')
  @ApiUuidParam('id', 'Booking id')
  @ApiJsonBody(ApproveBookingBody)
  @ApiResult(200, ref('Booking'))
  @ApiProblems(...CHANGE_ERRORS)
  approve(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: ApproveBookingBody) {
    return this.forward.send<BookingView>(ResourcesRpc.approveBooking, ctx, { ...body, id });
  }

  @Post(':id/reject')
  @Allow(...OWNER_SIDE)
  @HttpCode(200)
  @ApiSummary('Reject a requested booking with a reason (the owner)')
  @ApiUuidParam('id', 'Booking id')
  @ApiJsonBody(RejectBookingBody)
  @ApiResult(200, ref('Booking'))
  @ApiProblems(...CHANGE_ERRORS)
  reject(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: RejectBookingBody) {
    return this.forward.send<BookingView>(ResourcesRpc.rejectBooking, ctx, { ...body, id });
  }

  @Post(':id/cancel')
  @Allow(...BOOKERS)
  @HttpCode(200)
  @ApiSummary(
    'Cancel a booking with a reason',
    'Either side: the booking organisation, the owner, an admin, or the trainer who booked it.',
  )
  @ApiUuidParam('id', 'Booking id')
  @ApiJsonBody(CancelBookingBody)
  @ApiResult(200, ref('Booking'))
  @ApiProblems(...CHANGE_ERRORS)
  cancel(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: CancelBookingBody) {
    return this.forward.send<BookingView>(ResourcesRpc.cancelBooking, ctx, { ...body, id });
  }

  @Post(':id/complete')
  @Allow(...OWNER_SIDE)
  @HttpCode(200)
  @ApiSummary('Record an approved booking as completed (the owner, once it has begun)')
  @ApiUuidParam('id', 'Booking id')
  @ApiJsonBody(CompleteBookingBody)
  @ApiResult(200, ref('Booking'))
  @ApiProblems(...CHANGE_ERRORS)
  complete(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: CompleteBookingBody,
  ) {
    return this.forward.send<BookingView>(ResourcesRpc.completeBooking, ctx, { ...body, id });
  }

  @Post(':id/no-show')
  @Allow(...OWNER_SIDE)
  @HttpCode(200)
  @ApiSummary('Record that nobody came (the owner, once it has begun)')
  @ApiUuidParam('id', 'Booking id')
  @ApiJsonBody(MarkNoShowBody)
  @ApiResult(200, ref('Booking'))
  @ApiProblems(...CHANGE_ERRORS)
  noShow(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: MarkNoShowBody) {
    return this.forward.send<BookingView>(ResourcesRpc.markNoShow, ctx, { ...body, id });
  }
}

@ApiTags('bookings')
@Controller('booking-series')
export class BookingSeriesController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Post(':id/cancel')
  @Allow(...BOOKERS)
  @HttpCode(200)
  @ApiSummary('Cancel every booking of a series that has not begun')
  @ApiUuidParam('id', 'Series id')
  @ApiJsonBody(CancelSeriesBody)
  @ApiResult(200, ref('SeriesCancellation'))
  @ApiProblems(...CHANGE_ERRORS)
  cancel(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: CancelSeriesBody,
  ): Promise<SeriesCancellationView> {
    return this.forward.send(ResourcesRpc.cancelSeries, ctx, { ...body, seriesId: id });
  }
}
