import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { TRAINING_LIST_MAX_LIMIT } from './training-enums';

/** Keyset paging of every training list: a page size and the previous page's `nextCursor`. */
export class PageQueryDto {
  /** Page size, 1–100 (default 20). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(TRAINING_LIST_MAX_LIMIT)
  limit?: number;

  /** `nextCursor` of the previous page, with the same filters. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}
