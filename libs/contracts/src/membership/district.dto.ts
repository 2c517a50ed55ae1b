import { IsBoolean, IsOptional } from 'class-validator';

export class ListDistrictsDto {
  /** Also list districts retired from the configurable list (kept because members may still refer to them). */
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;
}

export class DistrictFiguresDto {
  /** Also include retired districts that still have members on record. */
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;
}
