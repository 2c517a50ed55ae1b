import { ErrorCode } from '@alliance/contracts';
import {
  MEMBER_LIST_DEFAULT_LIMIT,
  type ListMembersDto,
  type MemberDetail,
  type MemberPage,
  type MemberSummary,
} from '@alliance/contracts/membership';
import { DomainError } from '@alliance/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DistrictEntity } from '../district/district.entity';
import { decodeMemberCursor, encodeMemberCursor, filtersFingerprint } from './member-cursor';
import { MemberHistoryEntity } from './member-history.entity';
import { toHistoryEntry, toMemberView } from './member-view';
import { MemberEntity } from './member.entity';

interface MemberRow {
  id: string;
  name: string;
  name_en: string | null;
  credit_code: string;
  kind: MemberSummary['kind'];
  ownership: MemberSummary['ownership'];
  district_code: string;
  district_name: string;
  alliance_role: MemberSummary['allianceRole'];
  status: MemberSummary['status'];
  licensed_places: number;
  affordable_places: number;
  applied_at: Date;
  version: number;
}

/** Same expression as the trigram index of the members migration, so that the index serves the search. */
const SEARCH_TEXT = `(m.name || ' ' || coalesce(m.name_en, '') || ' ' || m.credit_code)`;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function invalidCursor(why: string): DomainError {
  return new DomainError(ErrorCode.ValidationFailed, `the cursor is not valid for this list: ${why}`, {
    fields: [{ field: 'cursor', reasons: [`cursor ${why}`] }],
  });
}

@Injectable()
export class MemberQueriesService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The organisation with its contacts and full history; the gateway decides who may see contacts. */
  async get(id: string): Promise<MemberDetail> {
    const member = await this.dataSource.getRepository(MemberEntity).findOneBy({ id });
    if (!member) throw new DomainError(ErrorCode.NotFound, `member organisation ${id} not found`);
    const [district, history] = await Promise.all([
      this.dataSource.getRepository(DistrictEntity).findOneByOrFail({ code: member.districtCode }),
      this.dataSource
        .getRepository(MemberHistoryEntity)
        .find({ where: { memberId: id }, order: { version: 'ASC' } }),
    ]);
    return { ...toMemberView(member, district.name), history: history.map(toHistoryEntry) };
  }

  /** One page in keyset order: (sort key, id) strictly after the cursor, so pages never repeat or skip rows. */
  async list(query: ListMembersDto): Promise<MemberPage> {
    const sort = query.sort ?? 'name';
    const order = query.order ?? 'asc';
    const limit = query.limit ?? MEMBER_LIST_DEFAULT_LIMIT;
    const text = query.text?.trim() || null;
    const filters = filtersFingerprint({
      status: query.status,
      kind: query.kind,
      districtCode: query.districtCode,
      allianceRole: query.allianceRole,
      text,
    });

    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (query.status) where.push(`m.status = ${param(query.status)}`);
    if (query.kind) where.push(`m.kind = ${param(query.kind)}`);
    if (query.districtCode) where.push(`m.district_code = ${param(query.districtCode)}`);
    if (query.allianceRole) where.push(`m.alliance_role = ${param(query.allianceRole)}`);
    if (text) where.push(`${SEARCH_TEXT} ILIKE ${param(`%${escapeLike(text)}%`)}`);

    const column = sort === 'name' ? 'm.name' : 'm.applied_at';
    const direction = order === 'asc' ? 'ASC' : 'DESC';
    if (query.cursor) {
      const cursor = decodeMemberCursor(query.cursor);
      if (!cursor) throw invalidCursor('is malformed');
      if (cursor.sort !== sort || cursor.order !== order || cursor.filters !== filters) {
        throw invalidCursor('belongs to a list with other filters or another order');
      }
      const key = sort === 'name' ? param(cursor.key) : `${param(cursor.key)}::timestamptz`;
      where.push(`(${column}, m.id) ${order === 'asc' ? '>' : '<'} (${key}, ${param(cursor.id)}::uuid)`);
    }

    const rows = (await this.dataSource.query(
      `SELECT m.id, m.name, m.name_en, m.credit_code, m.kind, m.ownership, m.district_code, d.name AS district_name,
              m.alliance_role, m.status, m.licensed_places, m.affordable_places, m.applied_at, m.version
         FROM member m
         JOIN district d ON d.code = m.district_code
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${column} ${direction}, m.id ${direction}
        LIMIT ${param(limit + 1)}`,
      params,
    )) as MemberRow[];

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
    return { items: page.map(toSummary), nextCursor };
  }
}

function toSummary(row: MemberRow): MemberSummary {
  return {
    id: row.id,
    name: row.name,
    nameEn: row.name_en,
    creditCode: row.credit_code,
    kind: row.kind,
    ownership: row.ownership,
    districtCode: row.district_code,
    districtName: row.district_name,
    allianceRole: row.alliance_role,
    status: row.status,
    licensedPlaces: row.licensed_places,
    affordablePlaces: row.affordable_places,
    appliedAt: row.applied_at.toISOString(),
    version: row.version,
  };
}
