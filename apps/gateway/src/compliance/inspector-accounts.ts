import { Injectable } from '@nestjs/common';
import { ErrorCode, Role } from '@alliance/contracts';
import type { InspectorRefDto } from '@alliance/contracts/compliance';
import { AccountsService } from '../accounts/accounts.service';
import type { Caller } from '../auth/caller';
import { ApiProblem } from '../http/problem-details';

/**
 * Inspectors are gateway accounts: the ids a client names are resolved here (enabled, inspector role) and sent
 * with the organisation each account is bound to, if any, so that compliance refuses a conflict of interest
 * without reading the gateway's tables. An inspector planning an audit without naming anyone takes it on.
 */
@Injectable()
export class InspectorAccounts {
  constructor(private readonly accounts: AccountsService) {}

  async resolve(
    ids: string[] | undefined,
    caller: Caller,
    field = 'inspectorIds',
  ): Promise<InspectorRefDto[]> {
    if (!ids?.length) {
      return caller.role === Role.Inspector
        ? [{ accountId: caller.userId, name: caller.username, organisationId: caller.organisationId }]
        : [];
    }
    const refs: InspectorRefDto[] = [];
    for (const [i, id] of ids.entries()) {
      const account = await this.accounts.findById(id);
      if (!account || account.disabledAt || account.role !== Role.Inspector) {
        throw new ApiProblem(ErrorCode.ValidationFailed, `Account ${id} is not an enabled inspector.`, [
          { field: `${field}.${i}`, reasons: ['not an enabled inspector account'] },
        ]);
      }
      refs.push({ accountId: account.id, name: account.username, organisationId: account.organisationId });
    }
    return refs;
  }
}
