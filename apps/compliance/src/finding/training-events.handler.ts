import { type EventEnvelope } from '@alliance/contracts';
import { CertificateEventData, TrainingEvent } from '@alliance/contracts/training';
import { EventConsumer, OnEvent, reactionMeta } from '@alliance/messaging';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CorrectiveActionService } from './corrective-action.service';

/**
 * Training's certificates as evidence of corrective actions (finding → training → closure), from training's
 * events only. The consumer applies each certificate's events once and in version order (issued before
 * revoked); the evidence row's unique key keeps a certificate to one record per action besides.
 */
@Injectable()
@EventConsumer('training')
export class TrainingEventsHandler {
  private readonly logger = new Logger(TrainingEventsHandler.name);

  constructor(@Inject(CorrectiveActionService) private readonly actions: CorrectiveActionService) {}

  @OnEvent(TrainingEvent.certificateIssued, CertificateEventData)
  async certificateIssued(event: EventEnvelope<CertificateEventData>, manager: EntityManager): Promise<void> {
    const d = event.data;
    if (!d.category || !d.verificationCode) {
      // Issued by a training service from before these fields: nothing to match it with.
      this.logger.warn(
        `certificate ${d.certificateId} came without its category or code; not matched to findings`,
      );
      return;
    }
    await this.actions.attachCertificate(
      manager,
      {
        certificateId: d.certificateId,
        organisationId: d.organisationId,
        staffId: d.staffId,
        category: d.category,
        courseCode: d.courseCode,
        courseTitle: d.courseTitle ?? null,
        verificationCode: d.verificationCode,
        issuedAt: d.issuedAt,
      },
      reactionMeta(event, 'compliance'),
    );
  }

  @OnEvent(TrainingEvent.certificateRevoked, CertificateEventData)
  async certificateRevoked(
    event: EventEnvelope<CertificateEventData>,
    manager: EntityManager,
  ): Promise<void> {
    await this.actions.noteCertificateRevoked(
      manager,
      event.data.certificateId,
      new Date(event.occurredAt),
      event.data.reason ?? null,
    );
  }
}
