import { Module } from '@nestjs/common';
import { ContributesSchemas } from '../openapi/contributed-schemas';
import { ServiceForwarder } from '../rpc/service-forwarder';
import { DistrictsController } from './districts/districts.controller';
import { MemberLifecycleController } from './members/member-lifecycle.controller';
import { MembersController } from './members/members.controller';
import { MEMBERSHIP_SCHEMAS } from './membership-schemas';
import { WorkingGroupsController } from './working-groups/working-groups.controller';

/**
 * Everything the gateway serves for the membership service: its routes and the OpenAPI schemas of
 * their answers. Training, resource sharing and compliance each get a module shaped like this one
 * (a folder under src/, imported once by GatewayModule); authentication, the access guard, validation
 * and problem+json come from the root module and apply to every route of every service module.
 */
@ContributesSchemas(MEMBERSHIP_SCHEMAS)
@Module({
  controllers: [MembersController, MemberLifecycleController, DistrictsController, WorkingGroupsController],
  providers: [ServiceForwarder],
})
export class MembershipGatewayModule {}
