import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ServiceForwarder } from '../rpc/service-forwarder';
import { ApiTags } from '@nestjs/swagger';
import { Role } from '@alliance/contracts';
import {
  ListStaffDto,
  RegisterStaffDto,
  TrainingRpc,
  type StaffPage,
  type StaffView,
  type TrainingRecordView,
} from '@alliance/contracts/training';
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
import { StaffLeavesBody, UpdateStaffBody } from './training-bodies';

export const STAFF_LIST_PARAMS = { organisationId: 'organisation', text: 'q' } as const;
const OWN =
  'A member_rep acts for its own organisation’s staff only (the training service refuses others with 403).';
const READERS = [Role.AllianceAdmin, Role.Trainer, Role.Inspector, Role.MemberRep] as const;

@ApiTags('training: staff')
@Controller('staff')
export class StaffController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Post()
  @Allow(Role.AllianceAdmin, Role.MemberRep)
  @ApiSummary('Register a staff member of an admitted organisation', OWN)
  @ApiJsonBody(RegisterStaffDto)
  @ApiResult(201, ref('Staff'), 'Registered.')
  @ApiProblems(...FORWARDED_ERRORS, 409, 422)
  register(@Ctx() ctx: RequestContext, @Body() body: RegisterStaffDto): Promise<StaffView> {
    return this.forward.send<StaffView>(TrainingRpc.registerStaff, ctx, body);
  }

  @Get()
  @Allow(...READERS)
  @ApiSummary(
    'List staff',
    `By name; \`q\` searches inside the name. A member_rep sees its own organisation’s only.`,
  )
  @ApiQueryFrom(ListStaffDto, STAFF_LIST_PARAMS)
  @ApiResult(200, ref('StaffPage'))
  @ApiProblems(...FORWARDED_ERRORS)
  list(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(ListStaffDto, STAFF_LIST_PARAMS)) query: ListStaffDto,
  ): Promise<StaffPage> {
    return this.forward.send<StaffPage>(TrainingRpc.listStaff, ctx, query);
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiSummary('One staff member', 'The resident ID is masked except for admins and the own representative.')
  @ApiUuidParam('id', 'Staff id')
  @ApiResult(200, ref('Staff'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  get(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<StaffView> {
    return this.forward.send<StaffView>(TrainingRpc.getStaff, ctx, { id });
  }

  @Patch(':id')
  @Allow(Role.AllianceAdmin, Role.MemberRep)
  @ApiSummary('Update a staff record', `Absent fields stay as they are. ${OWN}`)
  @ApiUuidParam('id', 'Staff id')
  @ApiJsonBody(UpdateStaffBody)
  @ApiResult(200, ref('Staff'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409)
  update(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: UpdateStaffBody) {
    return this.forward.send<StaffView>(TrainingRpc.updateStaff, ctx, { ...body, id });
  }

  @Post(':id/leave')
  @Allow(Role.AllianceAdmin, Role.MemberRep)
  @HttpCode(200)
  @ApiSummary('Record that the person left', `The training history is kept. ${OWN}`)
  @ApiUuidParam('id', 'Staff id')
  @ApiJsonBody(StaffLeavesBody)
  @ApiResult(200, ref('Staff'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409)
  leave(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: StaffLeavesBody) {
    return this.forward.send<StaffView>(TrainingRpc.staffLeaves, ctx, { ...body, id });
  }

  @Get(':id/training-record')
  @Allow(...READERS)
  @ApiSummary('A person’s certificates and training hours per year')
  @ApiUuidParam('id', 'Staff id')
  @ApiResult(200, ref('TrainingRecord'))
  @ApiProblems(...FORWARDED_ERRORS, 404)
  record(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string): Promise<TrainingRecordView> {
    return this.forward.send<TrainingRecordView>(TrainingRpc.trainingRecord, ctx, { id });
  }
}
