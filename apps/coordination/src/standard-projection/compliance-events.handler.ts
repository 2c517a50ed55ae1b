import { type EventEnvelope } from '@alliance/contracts';
import { ComplianceEvent, type StandardEventData } from '@alliance/contracts/compliance';
import { EventConsumer, OnEvent } from '@alliance/messaging';
import { Injectable } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';
import type { EntityManager } from 'typeorm';

/**
 * The fields of compliance's standard events coordination reads (compliance describes its data as an interface,
 * without validation): an event missing one is dead-lettered, visible to admins, not recorded half.
 */
export class StandardEventFields implements Pick<
  StandardEventData,
  'standardId' | 'code' | 'edition' | 'title' | 'criteriaCodes'
> {
  @IsUUID() standardId!: string;
  @IsString() code!: string;
  @IsInt() @Min(1) edition!: number;
  @IsString() title!: string;
  @IsOptional() @IsArray() @ArrayMaxSize(1000) @IsString({ each: true }) criteriaCodes?: string[];
}

/**
 * Coordination's projection of compliance's standards: per code, its latest edition, whether one is published and
 * the codes of its criteria.
 * Editions of a code are separate aggregates, so the row keeps the edition it reflects and an older edition's
 * event (published or retired late) never changes what a newer one wrote. Other compliance events are not needed.
 */
@Injectable()
@EventConsumer('compliance')
export class ComplianceEventsHandler {
  @OnEvent(ComplianceEvent.standardPublished, StandardEventFields)
  async published(event: EventEnvelope<StandardEventFields>, manager: EntityManager): Promise<void> {
    const d = event.data;
    await manager.query(
      `INSERT INTO standard_code (code, standard_id, edition, title, published, criteria_codes, updated_at)
       VALUES ($1, $2, $3, $4, true, $6, $5)
       ON CONFLICT (code) DO UPDATE
         SET standard_id = EXCLUDED.standard_id, edition = EXCLUDED.edition, title = EXCLUDED.title,
             published = true, criteria_codes = EXCLUDED.criteria_codes, updated_at = EXCLUDED.updated_at
         WHERE standard_code.edition <= EXCLUDED.edition`,
      [d.code, d.standardId, d.edition, d.title, event.occurredAt, d.criteriaCodes ?? null],
    );
  }

  @OnEvent(ComplianceEvent.standardRetired, StandardEventFields)
  async retired(event: EventEnvelope<StandardEventFields>, manager: EntityManager): Promise<void> {
    // Retiring an edition leaves the code published when a newer edition replaced it (the row names that one).
    await manager.query(
      `UPDATE standard_code SET published = false, updated_at = $3 WHERE code = $1 AND standard_id = $2`,
      [event.data.code, event.data.standardId, event.occurredAt],
    );
  }
}
