import { ServiceModule, type ServiceConfig } from '@alliance/messaging';
import { Module, type DynamicModule } from '@nestjs/common';
import { AuditCommandsService } from './audit/audit-commands.service';
import { AuditQueriesService } from './audit/audit-queries.service';
import { AuditEntity } from './audit/audit.entity';
import { AuditRpcController } from './audit/audit.rpc-controller';
import { fileStorageFor, type FileStorage } from '@alliance/storage';
import { EvidenceRpcController } from './evidence/evidence.rpc-controller';
import { EVIDENCE_STORAGE, EvidenceService } from './evidence/evidence.service';
import { CorrectiveActionEntity } from './finding/corrective-action.entity';
import { CorrectiveActionRpcController } from './finding/corrective-action.rpc-controller';
import { CorrectiveActionService } from './finding/corrective-action.service';
import { OverdueCheckScheduler } from './finding/overdue-check.scheduler';
import { TrainingEventsHandler } from './finding/training-events.handler';
import { MemberOrganisationEntity } from './member-projection/member-organisation.entity';
import { MembershipEventsHandler } from './member-projection/membership-events.handler';
import { complianceMigrations } from './migrations';
import { SeedStandardInitializer } from './seed/seed-standard.initializer';
import {
  COMPLIANCE_CONFIG,
  complianceConfigFromEnv,
  type ComplianceConfig,
} from './shared/compliance-config';
import { StandardEntity } from './standard/standard.entity';
import { StandardRpcController } from './standard/standard.rpc-controller';
import { StandardService } from './standard/standard.service';

export const COMPLIANCE_SERVICE = 'compliance';

export interface ComplianceOptions {
  /** Overrides of what `COMPLIANCE_*` says (tests). */
  settings?: Partial<ComplianceConfig>;
  /** Another evidence store than the one the settings choose (tests). */
  storage?: FileStorage;
}

/** Standards and criteria, audits, findings, corrective actions and compliance status. */
@Module({})
export class ComplianceModule {
  static forRoot(config: ServiceConfig, options: ComplianceOptions = {}): DynamicModule {
    const settings: ComplianceConfig = { ...complianceConfigFromEnv(), ...options.settings };
    return {
      module: ComplianceModule,
      imports: [
        ServiceModule.forRoot({
          config,
          entities: [MemberOrganisationEntity, StandardEntity, AuditEntity, CorrectiveActionEntity],
          migrations: complianceMigrations,
          controllers: [
            StandardRpcController,
            AuditRpcController,
            CorrectiveActionRpcController,
            EvidenceRpcController,
          ],
          providers: [
            { provide: COMPLIANCE_CONFIG, useValue: settings },
            {
              provide: EVIDENCE_STORAGE,
              useValue: options.storage ?? fileStorageFor(settings.evidence),
            },
            StandardService,
            AuditCommandsService,
            AuditQueriesService,
            CorrectiveActionService,
            EvidenceService,
            OverdueCheckScheduler,
            SeedStandardInitializer,
            MembershipEventsHandler,
            TrainingEventsHandler,
          ],
        }),
      ],
    };
  }
}
