import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags, type SchemaObject } from '@nestjs/swagger';
import { ROLES } from '@alliance/contracts';
import {
  CoordinationRpc,
  ListTasksDto,
  TASK_KINDS,
  type TaskPage,
  type TaskView,
} from '@alliance/contracts/coordination';
import { Allow } from '../auth/access.decorator';
import { ContractQueryPipe } from '../http/contract-query.pipe';
import { Ctx, type RequestContext } from '../http/request-context';
import {
  ApiProblems,
  ApiQueryFrom,
  ApiResult,
  ApiSummary,
  arrayOf,
  FORWARDED_ERRORS,
  ref,
} from '../openapi/api-docs.decorators';
import { dateTime, nullableStr, objectSchema, oneOf, str, uuid } from '../openapi/typed-schema';
import { ServiceForwarder } from '../rpc/service-forwarder';

/** The answers of `GET /me/tasks`, contributed with coordination's schemas. */
export const TASK_SCHEMAS: Record<string, SchemaObject> = {
  Task: objectSchema<TaskView>({
    id: uuid(),
    kind: oneOf(TASK_KINDS),
    title: str({ description: 'In Chinese, as the console shows it.' }),
    subjectId: {
      ...uuid(),
      description: 'The notice, meeting, action item, booking, corrective action, audit or enrolment.',
    },
    link: str({ description: 'The console path where it is done, e.g. `/notices/{id}`.' }),
    dueAt: dateTime(true),
    overdue: { type: 'boolean', description: 'Past its due date and still open.' },
    organisationId: {
      ...uuid(),
      nullable: true,
      description: 'The organisation it waits on; null: the account itself.',
    },
    createdAt: dateTime(),
  }),
  TaskPage: objectSchema<TaskPage>({
    items: arrayOf(ref('Task')),
    nextCursor: nullableStr({ description: 'Pass as `cursor` for the next page; null on the last.' }),
  }),
};

/** A person's to-do list (待办): what waits for the signed-in account across the services. */
@ApiTags('coordination: tasks')
@Controller('me')
export class TasksController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Get('tasks')
  @Allow(...ROLES)
  @ApiSummary(
    'What waits for me',
    'Open tasks of the caller — its own (an inspector’s audits) and, for a representative, its organisation’s: ' +
      'notices to acknowledge, meeting invitations to answer, action items, bookings to approve, corrective ' +
      'actions to answer, enrolments promoted from the waitlist. Each links to the console page where it is done ' +
      'and is gone once done. `order=due` (default: soonest due first, those without a due date last) or `newest`.',
  )
  @ApiQueryFrom(ListTasksDto)
  @ApiResult(200, ref('TaskPage'))
  @ApiProblems(...FORWARDED_ERRORS)
  list(@Ctx() ctx: RequestContext, @Query(new ContractQueryPipe(ListTasksDto)) query: ListTasksDto) {
    return this.forward.send<TaskPage>(CoordinationRpc.listTasks, ctx, query);
  }
}
