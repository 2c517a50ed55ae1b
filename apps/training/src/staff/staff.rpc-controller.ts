import {
  GetStaffDto,
  ListStaffDto,
  RegisterStaffDto,
  StaffLeavesDto,
  TrainingRecordDto,
  TrainingRpc,
  UpdateStaffDto,
  type StaffPage,
  type StaffView,
  type TrainingRecordView,
} from '@alliance/contracts/training';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ReportService } from '../report/report.service';
import { StaffService } from './staff.service';

@Controller()
export class StaffRpcController {
  constructor(
    @Inject(StaffService) private readonly staff: StaffService,
    @Inject(ReportService) private readonly reports: ReportService,
  ) {}

  @MessagePattern(TrainingRpc.registerStaff)
  register(@Payload('body') body: RegisterStaffDto, @RpcContext() ctx: RequestContext): Promise<StaffView> {
    return this.staff.register(body, ctx);
  }

  @MessagePattern(TrainingRpc.updateStaff)
  update(@Payload('body') body: UpdateStaffDto, @RpcContext() ctx: RequestContext): Promise<StaffView> {
    return this.staff.update(body, ctx);
  }

  @MessagePattern(TrainingRpc.staffLeaves)
  leave(@Payload('body') body: StaffLeavesDto, @RpcContext() ctx: RequestContext): Promise<StaffView> {
    return this.staff.leave(body, ctx);
  }

  @MessagePattern(TrainingRpc.getStaff)
  get(@Payload('body') body: GetStaffDto, @RpcContext() ctx: RequestContext): Promise<StaffView> {
    return this.staff.get(body.id, ctx);
  }

  @MessagePattern(TrainingRpc.listStaff)
  list(@Payload('body') body: ListStaffDto, @RpcContext() ctx: RequestContext): Promise<StaffPage> {
    return this.staff.list(body, ctx);
  }

  @MessagePattern(TrainingRpc.trainingRecord)
  record(
    @Payload('body') body: TrainingRecordDto,
    @RpcContext() ctx: RequestContext,
  ): Promise<TrainingRecordView> {
    return this.reports.trainingRecord(body.id, ctx);
  }
}
