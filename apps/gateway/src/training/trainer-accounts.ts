import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ErrorCode, Role } from '@alliance/contracts';
import { AccountEntity } from '../accounts/account.entity';
import { ApiProblem } from '../http/problem-details';

/**
 * The trainers of a session are gateway accounts with the trainer role; the gateway holds the accounts,
 * so it checks them before forwarding (the training service keeps their ids as opaque references).
 */
@Injectable()
export class TrainerAccounts {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async requireTrainers(ids: readonly string[]): Promise<void> {
    const uuids = ids.filter((id) =>
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id),
    );
    const found = uuids.length
      ? await this.dataSource.getRepository(AccountEntity).findBy({ id: In(uuids), role: Role.Trainer })
      : [];
    const usable = new Set(found.filter((a) => !a.disabledAt).map((a) => a.id));
    const wrong = ids.map((id, i) => ({ id, i })).filter(({ id }) => !usable.has(id));
    if (wrong.length) {
      throw new ApiProblem(
        ErrorCode.ValidationFailed,
        'Every trainer must be an enabled account with the trainer role.',
        wrong.map(({ id, i }) => ({
          field: `trainerIds.${i}`,
          reasons: [`${id} is not an enabled trainer account`],
        })),
      );
    }
  }
}
