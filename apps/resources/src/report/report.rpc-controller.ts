import { DomainError, ErrorCode } from '@alliance/contracts';
import {
  ReciprocityDto,
  ResourcesRpc,
  RunBookingExpiryCheckDto,
  type ExpiryCheckView,
  type ReciprocityView,
} from '@alliance/contracts/resources';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { isAdmin } from '../shared/access';
import { ReportService } from './report.service';

@Controller()
export class ReportRpcController {
  constructor(@Inject(ReportService) private readonly reports: ReportService) {}

  @MessagePattern(ResourcesRpc.reciprocity)
  reciprocity(@Payload('body') body: ReciprocityDto): Promise<ReciprocityView> {
    return this.reports.reciprocity(body);
  }

  /** Admins and the platform only (the service runs it every minute itself). */
  @MessagePattern(ResourcesRpc.runExpiryCheck)
  expiryCheck(
    @Payload('body') _body: RunBookingExpiryCheckDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<ExpiryCheckView> {
    if (!isAdmin(ctx.caller))
      throw new DomainError(ErrorCode.Forbidden, 'only alliance admins run the expiry check');
    return this.reports.runExpiryCheck();
  }
}
