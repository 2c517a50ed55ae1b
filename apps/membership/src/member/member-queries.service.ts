import { ErrorCode } from '@alliance/contracts';
import { type ListMembersDto, type MemberDetail, type MemberPage } from '@alliance/contracts/membership';
import { DomainError, RawJson } from '@alliance/messaging';
import { preparedQuery } from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DistrictEntity } from '../district/district.entity';
import { AffordableDesignationService } from './affordable-designation.service';
import { encodeMemberCursor } from './member-cursor';
import { buildMemberListQuery, buildSearchDriverEstimate, chooseSearchDriver } from './member-list-query';
import { MemberHistoryEntity } from './member-history.entity';
import { toHistoryEntry, toMemberView } from './member-view';
import { MemberEntity } from './member.entity';

/** A row of a list page: its keys for the cursor, and the MemberSummary as JSON (SUMMARY_JSON). */
interface MemberListRow {
  id: string;
  name: string;
  applied_at: Date;
  summary: string;
}

@Injectable()
export class MemberQueriesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AffordableDesignationService) private readonly designations: AffordableDesignationService,
  ) {}

  /**
   * The organisation with its contacts, full history, latest grades and designation review; the gateway
   * decides who may see contacts.
   */
  async get(id: string): Promise<MemberDetail> {
    const member = await this.dataSource.getRepository(MemberEntity).findOneBy({ id });
    if (!member) throw new DomainError(ErrorCode.NotFound, `member organisation ${id} not found`);
    const [district, history, review, grades] = await Promise.all([
      this.dataSource.getRepository(DistrictEntity).findOneByOrFail({ code: member.districtCode }),
      this.dataSource
        .getRepository(MemberHistoryEntity)
        .find({ where: { memberId: id }, order: { version: 'ASC' } }),
      this.designations.latestReview(this.dataSource, id),
      this.designations.grades(this.dataSource, id),
    ]);
    return { ...toMemberView(member, district.name, review), history: history.map(toHistoryEntry), grades };
  }

  /** One page in keyset order: (sort key, id) strictly after the cursor, so pages never repeat or skip rows. */
  async list(query: ListMembersDto): Promise<RawJson<MemberPage>> {
    const estimate = buildSearchDriverEstimate(query);
    const drive = estimate
      ? chooseSearchDriver(
          (
            await preparedQuery<{ term_rows: number; filter_rows: number }>(
              this.dataSource,
              estimate.sql,
              estimate.params,
            )
          )[0],
        )
      : undefined;
    const { sql, params, sort, order, limit, filters } = buildMemberListQuery(query, { drive });
    const rows = await preparedQuery<MemberListRow>(this.dataSource, sql, params);

    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor =
      rows.length > limit && last
        ? encodeMemberCursor({
            sort,
            order,
            key: sort === 'name' ? last.name : last.applied_at.toISOString(),
            id: last.id,
            filters,
          })
        : null;
    // A MemberPage, assembled from the rows' own JSON.
    return new RawJson<MemberPage>(
      `{"items":[${page.map((row) => row.summary).join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`,
    );
  }
}
