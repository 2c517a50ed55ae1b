import {
  CoordinationRpc,
  CreatePracticeDto,
  ListPracticesDto,
  OrganiserDto,
  PracticeIdDto,
  PublishPracticeDto,
  type OrganiserList,
  type PracticePage,
  type PracticeView,
} from '@alliance/contracts/coordination';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { OrganiserService } from '../organiser/organiser.service';
import { PracticeService } from './practice.service';

@Controller()
export class PracticeRpcController {
  constructor(
    @Inject(PracticeService) private readonly practices: PracticeService,
    @Inject(OrganiserService) private readonly organisers: OrganiserService,
  ) {}

  @MessagePattern(CoordinationRpc.createPractice)
  create(@Payload('body') body: CreatePracticeDto, @RpcContext() ctx: RequestContext): Promise<PracticeView> {
    return this.practices.create(body, ctx);
  }

  @MessagePattern(CoordinationRpc.publishPractice)
  publish(
    @Payload('body') body: PublishPracticeDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<PracticeView> {
    return this.practices.publish(body, ctx);
  }

  @MessagePattern(CoordinationRpc.getPractice)
  get(@Payload('body') body: PracticeIdDto, @RpcContext() ctx: RequestContext): Promise<PracticeView> {
    return this.practices.get(body.id, ctx);
  }

  @MessagePattern(CoordinationRpc.listPractices)
  list(@Payload('body') body: ListPracticesDto, @RpcContext() ctx: RequestContext): Promise<PracticePage> {
    return this.practices.list(body, ctx);
  }

  @MessagePattern(CoordinationRpc.grantOrganiser)
  grant(@Payload('body') body: OrganiserDto, @RpcContext() ctx: RequestContext): Promise<OrganiserList> {
    return this.organisers.grant(body, ctx);
  }

  @MessagePattern(CoordinationRpc.revokeOrganiser)
  revoke(@Payload('body') body: OrganiserDto, @RpcContext() ctx: RequestContext): Promise<OrganiserList> {
    return this.organisers.revoke(body, ctx);
  }

  @MessagePattern(CoordinationRpc.listOrganisers)
  organisersList(): Promise<OrganiserList> {
    return this.organisers.list();
  }
}
