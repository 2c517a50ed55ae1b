import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator';
import { Role } from '@alliance/contracts';
import { UuidParam } from '../http/uuid-param.pipe';
import {
  ApiJsonBody,
  ApiProblems,
  ApiResult,
  ApiSummary,
  ApiUuidParam,
  arrayOf,
  ref,
} from '../openapi/api-docs.decorators';
import { AccountsService } from './accounts.service';
import { toAccountView, type AccountView } from './account.view';
import { CreateAccountBody, UpdateAccountBody } from './dto/account.dto';

@ApiTags('accounts')
@Controller('accounts')
@Allow(Role.AllianceAdmin)
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @ApiSummary('List every account')
  @ApiResult(200, arrayOf(ref('Account')))
  async list(): Promise<AccountView[]> {
    return (await this.accounts.list()).map(toAccountView);
  }

  @Post()
  @ApiSummary('Create an account', 'A `member_rep` may be bound to its organisation now or when it applies.')
  @ApiJsonBody(CreateAccountBody)
  @ApiResult(201, ref('Account'), 'Created.')
  @ApiProblems(400, 409)
  async create(@Body() body: CreateAccountBody): Promise<AccountView> {
    return toAccountView(await this.accounts.create(body));
  }

  @Patch(':id')
  @ApiSummary(
    'Disable or enable an account, change its role, binding or password',
    'A disabled account’s tokens stop working at once.',
  )
  @ApiUuidParam('id', 'Account id')
  @ApiJsonBody(UpdateAccountBody)
  @ApiResult(200, ref('Account'))
  @ApiProblems(400, 404, 409)
  async update(@Param('id', UuidParam) id: string, @Body() body: UpdateAccountBody): Promise<AccountView> {
    return toAccountView(await this.accounts.update(id, body));
  }
}
