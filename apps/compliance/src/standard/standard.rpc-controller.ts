import {
  ComplianceRpc,
  CreateStandardDto,
  DraftNextEditionDto,
  ListStandardsDto,
  PublishStandardDto,
  RetireStandardDto,
  StandardIdDto,
  UpdateStandardDto,
  type StandardList,
  type StandardView,
} from '@alliance/contracts/compliance';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { StandardService } from './standard.service';

@Controller()
export class StandardRpcController {
  constructor(@Inject(StandardService) private readonly standards: StandardService) {}

  @MessagePattern(ComplianceRpc.createStandard)
  create(@Payload('body') body: CreateStandardDto, @RpcContext() ctx: RequestContext): Promise<StandardView> {
    return this.standards.create(body, ctx);
  }

  @MessagePattern(ComplianceRpc.updateStandard)
  update(@Payload('body') body: UpdateStandardDto, @RpcContext() ctx: RequestContext): Promise<StandardView> {
    return this.standards.update(body, ctx);
  }

  @MessagePattern(ComplianceRpc.publishStandard)
  publish(
    @Payload('body') body: PublishStandardDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<StandardView> {
    return this.standards.publish(body, ctx);
  }

  @MessagePattern(ComplianceRpc.retireStandard)
  retire(@Payload('body') body: RetireStandardDto, @RpcContext() ctx: RequestContext): Promise<StandardView> {
    return this.standards.retire(body, ctx);
  }

  @MessagePattern(ComplianceRpc.draftNextEdition)
  draftNext(
    @Payload('body') body: DraftNextEditionDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<StandardView> {
    return this.standards.draftNextEdition(body, ctx);
  }

  @MessagePattern(ComplianceRpc.getStandard)
  get(@Payload('body') body: StandardIdDto): Promise<StandardView> {
    return this.standards.get(body.id);
  }

  @MessagePattern(ComplianceRpc.listStandards)
  list(@Payload('body') body: ListStandardsDto): Promise<StandardList> {
    return this.standards.list(body);
  }
}
