import {
  ApproveBookingDto,
  CancelBookingDto,
  CancelSeriesDto,
  CompleteBookingDto,
  GetBookingDto,
  ListBookingsDto,
  MarkNoShowDto,
  RejectBookingDto,
  ReleaseOnBehalfDto,
  RequestBookingDto,
  RequestOnBehalfDto,
  RequestSeriesDto,
  ResourcesRpc,
  type BookingPage,
  type BookingView,
  type OnBehalfOutcomeView,
  type OnBehalfReleaseView,
  type SeriesCancellationView,
  type SeriesView,
} from '@alliance/contracts/resources';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { BookingService } from './booking.service';

@Controller()
export class BookingRpcController {
  constructor(@Inject(BookingService) private readonly bookings: BookingService) {}

  @MessagePattern(ResourcesRpc.requestBooking)
  request(@Payload('body') body: RequestBookingDto, @RpcContext() ctx: RequestContext): Promise<BookingView> {
    return this.bookings.request(body, ctx);
  }

  @MessagePattern(ResourcesRpc.requestSeries)
  requestSeries(
    @Payload('body') body: RequestSeriesDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<SeriesView> {
    return this.bookings.requestSeries(body, ctx);
  }

  /** RPC only: other services book on an organisation's behalf (no HTTP route). */
  @MessagePattern(ResourcesRpc.requestOnBehalf)
  requestOnBehalf(
    @Payload('body') body: RequestOnBehalfDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<OnBehalfOutcomeView> {
    return this.bookings.requestOnBehalf(body, ctx);
  }

  /** RPC only: the requesting service releases what it booked on behalf (no HTTP route). */
  @MessagePattern(ResourcesRpc.releaseOnBehalf)
  releaseOnBehalf(
    @Payload('body') body: ReleaseOnBehalfDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<OnBehalfReleaseView> {
    return this.bookings.releaseOnBehalf(body, ctx);
  }

  @MessagePattern(ResourcesRpc.approveBooking)
  approve(@Payload('body') body: ApproveBookingDto, @RpcContext() ctx: RequestContext): Promise<BookingView> {
    return this.bookings.approve(body, ctx);
  }

  @MessagePattern(ResourcesRpc.rejectBooking)
  reject(@Payload('body') body: RejectBookingDto, @RpcContext() ctx: RequestContext): Promise<BookingView> {
    return this.bookings.reject(body, ctx);
  }

  @MessagePattern(ResourcesRpc.cancelBooking)
  cancel(@Payload('body') body: CancelBookingDto, @RpcContext() ctx: RequestContext): Promise<BookingView> {
    return this.bookings.cancel(body, ctx);
  }

  @MessagePattern(ResourcesRpc.cancelSeries)
  cancelSeries(
    @Payload('body') body: CancelSeriesDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<SeriesCancellationView> {
    return this.bookings.cancelSeries(body, ctx);
  }

  @MessagePattern(ResourcesRpc.completeBooking)
  complete(
    @Payload('body') body: CompleteBookingDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<BookingView> {
    return this.bookings.complete(body, ctx);
  }

  @MessagePattern(ResourcesRpc.markNoShow)
  noShow(@Payload('body') body: MarkNoShowDto, @RpcContext() ctx: RequestContext): Promise<BookingView> {
    return this.bookings.noShow(body, ctx);
  }

  @MessagePattern(ResourcesRpc.getBooking)
  get(@Payload('body') body: GetBookingDto, @RpcContext() ctx: RequestContext): Promise<BookingView> {
    return this.bookings.get(body, ctx.caller);
  }

  @MessagePattern(ResourcesRpc.listBookings)
  list(@Payload('body') body: ListBookingsDto, @RpcContext() ctx: RequestContext): Promise<BookingPage> {
    return this.bookings.list(body, ctx.caller);
  }
}
