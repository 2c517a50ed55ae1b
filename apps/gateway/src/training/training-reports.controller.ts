import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ServiceForwarder } from '../rpc/service-forwarder';
import { ApiTags } from '@nestjs/swagger';
import { Role } from '@alliance/contracts';
import {
  ExpiringItemsDto,
  HoursLedgerDto,
  RunExpiryCheckDto,
  TrainingRpc,
  type ExpiringItemsView,
  type ExpiryCheckView,
  type HoursLedgerView,
} from '@alliance/contracts/training';
import { Allow } from '../auth/access.decorator';
import { ContractQueryPipe } from '../http/contract-query.pipe';
import { Ctx, type RequestContext } from '../http/request-context';
import {
  ApiJsonBody,
  ApiProblems,
  ApiQueryFrom,
  ApiResult,
  ApiSummary,
  FORWARDED_ERRORS,
  ref,
} from '../openapi/api-docs.decorators';

const REPORT_PARAMS = { organisationId: 'organisation' } as const;

@ApiTags('training: reports')
@Controller('training')
export class TrainingReportsController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Get('hours')
  @Allow(Role.AllianceAdmin, Role.Inspector, Role.MemberRep)
  @ApiSummary(
    'Training hours of a year',
    'Per organisation and per person; a member_rep sees its own organisation.',
  )
  @ApiQueryFrom(HoursLedgerDto, REPORT_PARAMS)
  @ApiResult(200, ref('HoursLedger'))
  @ApiProblems(...FORWARDED_ERRORS)
  hours(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(HoursLedgerDto, REPORT_PARAMS)) q: HoursLedgerDto,
  ) {
    return this.forward.send<HoursLedgerView>(TrainingRpc.hoursLedger, ctx, q);
  }

  @Get('expiring')
  @Allow(Role.AllianceAdmin, Role.Inspector, Role.MemberRep)
  @ApiSummary(
    'Certificates, qualifications and health certificates expiring',
    'Of active staff, within `withinDays` (already expired ones included).',
  )
  @ApiQueryFrom(ExpiringItemsDto, REPORT_PARAMS)
  @ApiResult(200, ref('ExpiringItems'))
  @ApiProblems(...FORWARDED_ERRORS)
  expiring(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(ExpiringItemsDto, REPORT_PARAMS)) q: ExpiringItemsDto,
  ) {
    return this.forward.send<ExpiringItemsView>(TrainingRpc.expiringItems, ctx, q);
  }

  @Post('expiry-check')
  @Allow(Role.AllianceAdmin)
  @HttpCode(200)
  @ApiSummary(
    'Run the daily expiry check now',
    'Announces each item coming due (event `certificate.expiring`) once per item and expiry date; it also runs by itself.',
  )
  @ApiJsonBody(RunExpiryCheckDto)
  @ApiResult(200, ref('ExpiryCheck'))
  @ApiProblems(...FORWARDED_ERRORS)
  check(@Ctx() ctx: RequestContext, @Body() body: RunExpiryCheckDto): Promise<ExpiryCheckView> {
    return this.forward.send<ExpiryCheckView>(TrainingRpc.runExpiryCheck, ctx, body);
  }
}
