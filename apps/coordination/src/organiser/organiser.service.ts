import { DomainError, ErrorCode } from '@alliance/contracts';
import { CoordinationEvent, type OrganiserDto, type OrganiserList } from '@alliance/contracts/coordination';
import { eventMeta, OutboxWriter, type RequestContext } from '@alliance/messaging';
import { inTransaction } from '@alliance/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorId, notFound, ruleError } from '../shared/errors';

/** The per-organisation permission to publish notices and organise meetings (the guidance centre's, typically). */
@Injectable()
export class OrganiserService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  async grant(dto: OrganiserDto, ctx: RequestContext): Promise<OrganiserList> {
    await inTransaction(this.dataSource, async (manager) => {
      const [org] = await manager.query(`SELECT status FROM member_organisation WHERE organisation_id = $1`, [
        dto.organisationId,
      ]);
      if (org?.status !== 'admitted')
        throw ruleError('organisationId', 'not an admitted member of the alliance');
      const inserted: unknown[] = await manager.query(
        `INSERT INTO organiser_grant (organisation_id, granted_at, granted_by) VALUES ($1, now(), $2)
         ON CONFLICT (organisation_id) DO NOTHING RETURNING organisation_id`,
        [dto.organisationId, actorId(ctx.caller)],
      );
      if (!inserted.length)
        throw new DomainError(ErrorCode.AlreadyExists, 'this organisation already organises');
      await this.announce(manager, CoordinationEvent.organiserGranted, dto.organisationId, ctx);
    });
    return this.list();
  }

  async revoke(dto: OrganiserDto, ctx: RequestContext): Promise<OrganiserList> {
    await inTransaction(this.dataSource, async (manager) => {
      const [, deleted]: [unknown, number] = await manager.query(
        `DELETE FROM organiser_grant WHERE organisation_id = $1`,
        [dto.organisationId],
      );
      if (!deleted) throw notFound('organiser grant of organisation', dto.organisationId);
      await this.announce(manager, CoordinationEvent.organiserRevoked, dto.organisationId, ctx);
    });
    return this.list();
  }

  async list(): Promise<OrganiserList> {
    const rows: Array<{
      organisation_id: string;
      name: string | null;
      granted_at: Date;
      granted_by: string;
    }> = await this.dataSource.query(
      `SELECT g.organisation_id, m.name, g.granted_at, g.granted_by
           FROM organiser_grant g LEFT JOIN member_organisation m ON m.organisation_id = g.organisation_id
          ORDER BY g.granted_at, g.organisation_id`,
    );
    return {
      items: rows.map((r) => ({
        organisationId: r.organisation_id,
        name: r.name ?? '',
        grantedAt: r.granted_at.toISOString(),
        grantedBy: r.granted_by,
      })),
    };
  }

  /** Grants are rare: the event's version is the count of grant events of that organisation so far. */
  private async announce(
    manager: import('typeorm').EntityManager,
    type: string,
    organisationId: string,
    ctx: RequestContext,
  ): Promise<void> {
    const [{ n }] = await manager.query(
      `SELECT count(*)::int AS n FROM outbox WHERE aggregate_id = $1 AND event_type IN ($2, $3)`,
      [organisationId, CoordinationEvent.organiserGranted, CoordinationEvent.organiserRevoked],
    );
    await this.outbox.append(manager, {
      type,
      aggregateId: organisationId,
      aggregateVersion: n + 1,
      data: { organisationId },
      meta: eventMeta(ctx),
    });
  }
}
