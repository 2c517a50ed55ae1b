import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator';
import { Role } from '@alliance/contracts';
import { LoginLockout } from '../auth/lockout/login-lockout';
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
  arrayOf,
  ref,
} from '../openapi/api-docs.decorators';
import { AccountsService } from './accounts.service';
import { toAccountView, type AccountView } from './account.view';
import { AccountAudit, type AccountEventPage } from './audit/account-audit';
import { AccountEventsQuery } from './audit/account-events.query';
import { CreateAccountBody, UpdateAccountBody } from './dto/account.dto';

@ApiTags('accounts')
@Controller('accounts')
@Allow(Role.AllianceAdmin)
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly audit: AccountAudit,
    private readonly lockout: LoginLockout,
  ) {}

  @Get()
  @ApiSummary('List every account')
  @ApiResult(200, arrayOf(ref('Account')))
  async list(): Promise<AccountView[]> {
    return (await this.accounts.list()).map(toAccountView);
  }

  @Get('audit')
  @ApiSummary(
    'Account changes, newest first',
    'Created, role changed, organisation changed, disabled, enabled, password reset (by an admin) and ' +
      'password changed (by its owner), with who did it and when. Pass `nextCursor` as `cursor` for the next page.',
  )
  @ApiQueryFrom(AccountEventsQuery)
  @ApiResult(200, ref('AccountEventPage'))
  @ApiProblems(400)
  events(
    @Query(new ContractQueryPipe(AccountEventsQuery)) query: AccountEventsQuery,
  ): Promise<AccountEventPage> {
    return this.audit.list(query);
  }

  @Post()
  @ApiSummary(
    'Create an account',
    'A `member_rep` may be bound to its organisation now or when it applies; an `inspector` to the ' +
      'organisation they work at, which they then never audit. The password is temporary: ' +
      'the owner must change it at first login.',
  )
  @ApiJsonBody(CreateAccountBody)
  @ApiResult(201, ref('Account'), 'Created.')
  @ApiProblems(400, 409)
  async create(@Ctx() ctx: RequestContext, @Body() body: CreateAccountBody): Promise<AccountView> {
    return toAccountView(await this.accounts.create(body, ctx.caller));
  }

  @Patch(':id')
  @ApiSummary(
    'Disable or enable an account, change its role, binding or password',
    'A disabled account’s tokens stop working at once. A password set here is temporary (the owner must ' +
      'change it at next login) and lifts a login lockout of the account.',
  )
  @ApiUuidParam('id', 'Account id')
  @ApiJsonBody(UpdateAccountBody)
  @ApiResult(200, ref('Account'))
  @ApiProblems(400, 404, 409)
  async update(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateAccountBody,
  ): Promise<AccountView> {
    const account = await this.accounts.update(id, body, ctx.caller);
    if (body.password !== undefined) await this.lockout.reset(account.username);
    return toAccountView(account);
  }
}
