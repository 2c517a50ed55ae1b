import { type EventEnvelope } from '@alliance/contracts';
import { ComplianceEvent, GRADES, type Grade } from '@alliance/contracts/compliance';
import { EventConsumer, OnEvent } from '@alliance/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { IsIn, IsString, IsUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { AffordableDesignationService, type GradeChange } from '../member/affordable-designation.service';

/**
 * The fields of `compliance.grade-changed` membership reads (compliance's contracts describe its data as an
 * interface, without validation): an event missing one is dead-lettered, visible to admins, not recorded
 * half.
 */
export class GradeChangedEventData implements GradeChange {
  @IsUUID() organisationId!: string;
  @IsString() standardCode!: string;
  @IsUUID() standardId!: string;
  @IsUUID() auditId!: string;
  @IsIn(GRADES) grade!: Grade;
  @IsString() score!: string;
}

/**
 * Membership's reactions to compliance: an organisation's grades, and the review of its affordable-place
 * designation after a failed audit. The consumer applies an organisation's grade changes in compliance's
 * sequence for it (aggregateVersion) and skips redeliveries; the grade row also keeps the version it
 * reflects, so a replayed older event never overwrites a newer grade. Other compliance events are not
 * needed (the consumer records their versions and moves on).
 */
@Injectable()
@EventConsumer('compliance')
export class ComplianceEventsHandler {
  constructor(
    @Inject(AffordableDesignationService) private readonly designations: AffordableDesignationService,
  ) {}

  @OnEvent(ComplianceEvent.gradeChanged, GradeChangedEventData)
  gradeChanged(event: EventEnvelope<GradeChangedEventData>, manager: EntityManager): Promise<void> {
    return this.designations.recordGrade(manager, event);
  }
}
