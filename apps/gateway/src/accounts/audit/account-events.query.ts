import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

/** `GET /accounts/audit`: newest first, optionally of one account, keyset-paged with `cursor`. */
export class AccountEventsQuery {
  @IsOptional()
  @IsUUID()
  accountId?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  /** `nextCursor` of the previous page. */
  @IsOptional()
  @Matches(/^[1-9][0-9]{0,18}$/, { message: '$property must be the nextCursor of a previous page' })
  cursor?: string;
}
