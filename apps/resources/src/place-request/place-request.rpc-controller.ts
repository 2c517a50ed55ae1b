import {
  ApprovePlaceRequestDto,
  CancelPlaceRequestDto,
  ListPlaceRequestsDto,
  RejectPlaceRequestDto,
  RequestPlacesDto,
  ResourcesRpc,
  type PlaceRequestPage,
  type PlaceRequestView,
} from '@alliance/contracts/resources';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { PlaceRequestService } from './place-request.service';

@Controller()
export class PlaceRequestRpcController {
  constructor(@Inject(PlaceRequestService) private readonly requests: PlaceRequestService) {}

  @MessagePattern(ResourcesRpc.requestPlaces)
  request(
    @Payload('body') body: RequestPlacesDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<PlaceRequestView> {
    return this.requests.request(body, ctx);
  }

  @MessagePattern(ResourcesRpc.approvePlaceRequest)
  approve(
    @Payload('body') body: ApprovePlaceRequestDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<PlaceRequestView> {
    return this.requests.approve(body, ctx);
  }

  @MessagePattern(ResourcesRpc.rejectPlaceRequest)
  reject(
    @Payload('body') body: RejectPlaceRequestDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<PlaceRequestView> {
    return this.requests.reject(body, ctx);
  }

  @MessagePattern(ResourcesRpc.cancelPlaceRequest)
  cancel(
    @Payload('body') body: CancelPlaceRequestDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<PlaceRequestView> {
    return this.requests.cancel(body, ctx);
  }

  @MessagePattern(ResourcesRpc.listPlaceRequests)
  list(
    @Payload('body') body: ListPlaceRequestsDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<PlaceRequestPage> {
    return this.requests.list(body, ctx.caller);
  }
}
