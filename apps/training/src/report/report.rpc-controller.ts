import {
  ExpiringItemsDto,
  HoursLedgerDto,
  RunExpiryCheckDto,
  TrainingRpc,
  type ExpiringItemsView,
  type ExpiryCheckView,
  type HoursLedgerView,
} from '@alliance/contracts/training';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ReportService } from './report.service';

@Controller()
export class ReportRpcController {
  constructor(@Inject(ReportService) private readonly reports: ReportService) {}

  @MessagePattern(TrainingRpc.hoursLedger)
  hours(@Payload('body') body: HoursLedgerDto, @RpcContext() ctx: RequestContext): Promise<HoursLedgerView> {
    return this.reports.hours(body.year, body.organisationId, ctx);
  }

  @MessagePattern(TrainingRpc.expiringItems)
  expiring(
    @Payload('body') body: ExpiringItemsDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<ExpiringItemsView> {
    return this.reports.expiring(body.withinDays, body.organisationId, ctx);
  }

  @MessagePattern(TrainingRpc.runExpiryCheck)
  check(@Payload('body') body: RunExpiryCheckDto): Promise<ExpiryCheckView> {
    return this.reports.runExpiryCheck(body.asOf, body.withinDays);
  }
}
