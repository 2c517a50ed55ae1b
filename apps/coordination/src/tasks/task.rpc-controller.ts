import { CoordinationRpc, ListTasksDto, type TaskPage } from '@alliance/contracts/coordination';
import { RpcContext, type RequestContext } from '@alliance/messaging';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { TaskStore } from './task.store';

@Controller()
export class TaskRpcController {
  constructor(@Inject(TaskStore) private readonly tasks: TaskStore) {}

  /** The caller's open tasks: who it is comes from the caller the gateway resolved, never from the body. */
  @MessagePattern(CoordinationRpc.listTasks)
  list(@Payload('body') body: ListTasksDto, @RpcContext() ctx: RequestContext): Promise<TaskPage> {
    return this.tasks.list(ctx.caller, body);
  }
}
