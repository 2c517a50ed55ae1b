import { ErrorCode } from '@alliance/contracts';
import {
  MEMBER_STATUSES,
  ORGANISATION_KINDS,
  type DistrictFigures,
  type DistrictFiguresView,
  type DistrictView,
  type MemberStatus,
  type OrganisationKind,
} from '@alliance/contracts/membership';
import { DomainError } from '@alliance/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DistrictEntity } from './district.entity';

function toView(d: DistrictEntity): DistrictView {
  return { code: d.code, name: d.name, sortOrder: d.sortOrder, active: d.active };
}

function zeroed<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/**
 * Districts change only by migration, which runs when a service starts; the list is read again after
 * this long anyway, so that an instance started before another one migrated catches up.
 */
const LIST_CACHE_MS = 60_000;

@Injectable()
export class DistrictService {
  /** The district list is read on every form and filter: kept instead of a query per request. */
  private readonly cachedLists = new Map<boolean, { list: Promise<DistrictView[]>; until: number }>();

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  list(includeInactive = false): Promise<DistrictView[]> {
    const cached = this.cachedLists.get(includeInactive);
    if (cached && cached.until > Date.now()) return cached.list;
    const list = this.readList(includeInactive);
    this.cachedLists.set(includeInactive, { list, until: Date.now() + LIST_CACHE_MS });
    // A failed read is not kept: the next request tries again.
    list.catch(() => {
      if (this.cachedLists.get(includeInactive)?.list === list) this.cachedLists.delete(includeInactive);
    });
    return list;
  }

  private async readList(includeInactive: boolean): Promise<DistrictView[]> {
    const districts = await this.dataSource.getRepository(DistrictEntity).find({
      where: includeInactive ? {} : { active: true },
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
    return districts.map(toView);
  }

  /** The district a member is placed in; new placements only go to active districts. */
  async requireActive(manager: EntityManager, code: string): Promise<DistrictEntity> {
    const district = await manager.getRepository(DistrictEntity).findOneBy({ code });
    if (!district || !district.active) {
      throw new DomainError(ErrorCode.ValidationFailed, `unknown district "${code}"`, {
        fields: [{ field: 'districtCode', reasons: ['districtCode must be one of the alliance districts'] }],
      });
    }
    return district;
  }

  async nameOf(manager: EntityManager, code: string): Promise<string> {
    const district = await manager.getRepository(DistrictEntity).findOneByOrFail({ code });
    return district.name;
  }

  /**
   * Members per status and admitted members per kind, with the places of admitted members, per district.
   * Read from the counters the member triggers keep (migration MemberFigures): a few hundred rows at
   * most (district × kind × status), whatever the number of organisations. One snapshot (REPEATABLE
   * READ) so that the districts and the counters agree.
   */
  async figures(includeInactive = false): Promise<DistrictFiguresView> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const districts = await manager
        .getRepository(DistrictEntity)
        .find({ order: { sortOrder: 'ASC', code: 'ASC' } });
      const rows = (await manager.query(
        `SELECT district_code, status, kind, members,
                licensed_places AS licensed, affordable_places AS affordable
           FROM member_figures
          WHERE members > 0`,
      )) as Array<{
        district_code: string;
        status: MemberStatus;
        kind: OrganisationKind;
        members: number;
        // bigint: node-postgres answers it as text (sums may pass 2^31, never 2^53)
        licensed: string;
        affordable: string;
      }>;

      const byDistrict = new Map<string, DistrictFigures>();
      for (const d of districts) {
        byDistrict.set(d.code, {
          districtCode: d.code,
          districtName: d.name,
          membersByStatus: zeroed(MEMBER_STATUSES),
          admittedByKind: zeroed(ORGANISATION_KINDS),
          licensedPlaces: 0,
          affordablePlaces: 0,
        });
      }
      const total: DistrictFiguresView['total'] = {
        membersByStatus: zeroed(MEMBER_STATUSES),
        admittedByKind: zeroed(ORGANISATION_KINDS),
        licensedPlaces: 0,
        affordablePlaces: 0,
      };
      for (const row of rows) {
        const figures = byDistrict.get(row.district_code);
        if (!figures) continue; // unreachable: the foreign key keeps every member in a known district
        for (const f of [figures, total]) {
          f.membersByStatus[row.status] += row.members;
          if (row.status === 'admitted') {
            f.admittedByKind[row.kind] += row.members;
            f.licensedPlaces += Number(row.licensed);
            f.affordablePlaces += Number(row.affordable);
          }
        }
      }

      const active = new Set(districts.filter((d) => d.active).map((d) => d.code));
      const shown = [...byDistrict.values()].filter(
        (f) =>
          includeInactive ||
          active.has(f.districtCode) ||
          // A retired district stays visible while members are still on record there.
          Object.values(f.membersByStatus).some((n) => n > 0),
      );
      return { districts: shown, total };
    });
  }
}
