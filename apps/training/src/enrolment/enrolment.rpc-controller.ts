import { CancelEnrolmentDto, EnrolDto, TrainingRpc, type EnrolmentView } from '@alliance/contracts/training';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { EnrolmentService } from './enrolment.service';

@Controller()
export class EnrolmentRpcController {
  constructor(@Inject(EnrolmentService) private readonly enrolments: EnrolmentService) {}

  @MessagePattern(TrainingRpc.enrol)
  enrol(@Payload('body') body: EnrolDto, @RpcContext() ctx: RequestContext): Promise<EnrolmentView> {
    return this.enrolments.enrol(body, ctx);
  }

  @MessagePattern(TrainingRpc.cancelEnrolment)
  cancel(
    @Payload('body') body: CancelEnrolmentDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<EnrolmentView> {
    return this.enrolments.cancel(body, ctx);
  }
}
