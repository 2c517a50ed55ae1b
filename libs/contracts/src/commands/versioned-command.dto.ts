import { IsInt, IsUUID, Min } from 'class-validator';

/**
 * A change to one aggregate: its id and the version the caller read. Services check the version under a
 * row lock, so of two changes made from the same read exactly one wins and the other answers 409.
 */
export class VersionedCommandDto {
  @IsUUID()
  id!: string;

  /** The version the caller read; a stale one answers VERSION_CONFLICT. */
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
