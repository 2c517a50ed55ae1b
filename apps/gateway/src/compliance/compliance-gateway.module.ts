import { Module } from '@nestjs/common';
import { ContributesSchemas } from '../openapi/contributed-schemas';
import { ServiceForwarder } from '../rpc/service-forwarder';
import { AuditsController, EvidenceController } from './audits.controller';
import { COMPLIANCE_SCHEMAS } from './compliance-schemas';
import { FindingsController } from './findings.controller';
import { InspectorAccounts } from './inspector-accounts';
import { StandardsController } from './standards.controller';

/** Everything the gateway serves for the compliance service: its routes and the OpenAPI schemas of their answers. */
@ContributesSchemas(COMPLIANCE_SCHEMAS)
@Module({
  controllers: [StandardsController, AuditsController, EvidenceController, FindingsController],
  providers: [ServiceForwarder, InspectorAccounts],
})
export class ComplianceGatewayModule {}
