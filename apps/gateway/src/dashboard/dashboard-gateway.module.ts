import { Module } from '@nestjs/common';
import { ContributesSchemas } from '../openapi/contributed-schemas';
import { ServiceForwarder } from '../rpc/service-forwarder';
import { DashboardController } from './dashboard.controller';
import { DASHBOARD_SCHEMAS } from './dashboard-schemas';

/** Everything the gateway serves for the dashboard service: its routes and the OpenAPI schemas of their answers. */
@ContributesSchemas(DASHBOARD_SCHEMAS)
@Module({ controllers: [DashboardController], providers: [ServiceForwarder] })
export class DashboardGatewayModule {}
