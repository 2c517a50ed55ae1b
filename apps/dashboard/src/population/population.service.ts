import type { DistrictPopulationView, SetDistrictPopulationDto } from '@alliance/contracts/dashboard';
import type { RequestContext } from '@alliance/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * How many children under three live in a district (set by an admin from the health bureau's figures):
 * configuration, not projection — no event carries it, and a rebuild keeps it.
 */
@Injectable()
export class PopulationService {
  constructor(private readonly dataSource: DataSource) {}

  async set(dto: SetDistrictPopulationDto, ctx: RequestContext): Promise<DistrictPopulationView> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO dash_district_population (district_code, district_name, children_under_three, updated_at, updated_by)
       VALUES ($1, $2, $3, now(), $4)
       ON CONFLICT (district_code) DO UPDATE SET
         district_name = coalesce(excluded.district_name, dash_district_population.district_name),
         children_under_three = excluded.children_under_three, updated_at = now(), updated_by = excluded.updated_by
       RETURNING district_code, district_name, children_under_three, updated_at`,
      [dto.districtCode, dto.districtName?.trim() ?? null, dto.childrenUnderThree, ctx.caller?.userId ?? 'platform'],
    )) as Array<{ district_code: string; district_name: string | null; children_under_three: number; updated_at: Date }>;
    return {
      districtCode: row.district_code,
      districtName: row.district_name,
      childrenUnderThree: row.children_under_three,
      updatedAt: new Date(row.updated_at).toISOString(),
    };
  }
}
