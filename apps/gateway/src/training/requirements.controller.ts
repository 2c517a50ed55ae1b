import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role } from '@alliance/contracts';
import {
  ListRequirementsDto,
  TrainingRpc,
  type TrainingRequirementPage,
  type TrainingRequirementView,
} from '@alliance/contracts/training';
import { Allow } from '../auth/access.decorator';
import { ContractQueryPipe } from '../http/contract-query.pipe';
import { Ctx, type RequestContext } from '../http/request-context';
import { UuidParam } from '../http/uuid-param.pipe';
import {
  ApiProblems,
  ApiQueryFrom,
  ApiResult,
  ApiSummary,
  ApiUuidParam,
  FORWARDED_ERRORS,
  ref,
} from '../openapi/api-docs.decorators';
import { ServiceForwarder } from '../rpc/service-forwarder';

@ApiTags('training: requirements')
@Controller('training/requirements')
export class TrainingRequirementsController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Get()
  @Allow(Role.AllianceAdmin, Role.Trainer, Role.MemberRep)
  @ApiSummary(
    'Training requirements raised by compliance findings',
    'One per finding on a criterion linked to a training category, newest first, each with the published ' +
      'courses of that category and their upcoming sessions that have free seats. A member_rep sees its own ' +
      'organisation’s only.',
  )
  @ApiQueryFrom(ListRequirementsDto)
  @ApiResult(200, ref('TrainingRequirementPage'))
  @ApiProblems(...FORWARDED_ERRORS)
  list(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(ListRequirementsDto)) query: ListRequirementsDto,
  ): Promise<TrainingRequirementPage> {
    return this.forward.send<TrainingRequirementPage>(TrainingRpc.listRequirements, ctx, query);
  }

  @Get(':id')
  @Allow(Role.AllianceAdmin, Role.Trainer, Role.MemberRep)
  @ApiSummary(
    'One training requirement with its matching courses and sessions',
    'A member_rep reads its own organisation’s only (403 otherwise).',
  )
  @ApiUuidParam('id', 'Training requirement id')
  @ApiResult(200, ref('TrainingRequirement'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<TrainingRequirementView> {
    return this.forward.send<TrainingRequirementView>(TrainingRpc.getRequirement, ctx, { id });
  }
}
