import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsNotBlank } from '../validation';
import { DASHBOARD_TABLES, DISTRICT_CODE_PATTERN, type DashboardTable } from './dashboard-enums';

/** The figures as of a day (default today in Asia/Shanghai): "this year", expiring and overdue follow it. */
export class DashboardQueryDto {
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date (YYYY-MM-DD)' })
  asOf?: string;
}

export class ExportDashboardDto extends DashboardQueryDto {
  @IsIn(DASHBOARD_TABLES)
  table!: DashboardTable;
}

/** The body of the population route (the district comes from the path). */
export class DistrictPopulationBodyDto {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  childrenUnderThree!: number;

  /** Shown when no member of the district has been seen yet (membership's name wins otherwise). */
  @IsOptional()
  @IsNotBlank()
  @MaxLength(50)
  districtName?: string;
}

/** An admin sets how many children under three live in a district (for places per 1,000). */
export class SetDistrictPopulationDto extends DistrictPopulationBodyDto {
  @IsString()
  @Matches(DISTRICT_CODE_PATTERN, { message: 'districtCode must be a district code such as "gaoxin"' })
  districtCode!: string;
}

export class RebuildDashboardDto {}
