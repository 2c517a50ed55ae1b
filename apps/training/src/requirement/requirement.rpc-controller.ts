import {
  GetRequirementDto,
  ListRequirementsDto,
  TrainingRpc,
  type TrainingRequirementPage,
  type TrainingRequirementView,
} from '@alliance/contracts/training';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RequirementService } from './requirement.service';

@Controller()
export class RequirementRpcController {
  constructor(@Inject(RequirementService) private readonly requirements: RequirementService) {}

  @MessagePattern(TrainingRpc.listRequirements)
  list(
    @Payload('body') body: ListRequirementsDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<TrainingRequirementPage> {
    return this.requirements.list(body, ctx);
  }

  @MessagePattern(TrainingRpc.getRequirement)
  get(
    @Payload('body') body: GetRequirementDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<TrainingRequirementView> {
    return this.requirements.get(body, ctx);
  }
}
