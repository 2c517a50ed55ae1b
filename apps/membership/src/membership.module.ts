import { ServiceModule, type ServiceConfig } from '@alliance/messaging';
import { Module, type DynamicModule } from '@nestjs/common';
import { ComplianceEventsHandler } from './compliance-grades/compliance-events.handler';
import { DistrictEntity } from './district/district.entity';
import { DistrictRpcController } from './district/district.rpc-controller';
import { DistrictService } from './district/district.service';
import { AffordableDesignationService } from './member/affordable-designation.service';
import { MemberCommandsService } from './member/member-commands.service';
import { MemberHistoryEntity } from './member/member-history.entity';
import { MemberQueriesService } from './member/member-queries.service';
import { MemberEntity } from './member/member.entity';
import { MemberRpcController } from './member/member.rpc-controller';
import { membershipMigrations } from './migrations';
import { WorkingGroupDepartures } from './working-group/working-group-departures';
import { WorkingGroupEntity, WorkingGroupMemberEntity } from './working-group/working-group.entity';
import { WorkingGroupRpcController } from './working-group/working-group.rpc-controller';
import { WorkingGroupService } from './working-group/working-group.service';

export const MEMBERSHIP_SERVICE = 'membership';

export const membershipEntities = [
  DistrictEntity,
  MemberEntity,
  MemberHistoryEntity,
  WorkingGroupEntity,
  WorkingGroupMemberEntity,
];

/** Member organisations, their lifecycle, districts and working groups; compliance grades on their profiles. */
@Module({})
export class MembershipModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: MembershipModule,
      imports: [
        ServiceModule.forRoot({
          config,
          entities: membershipEntities,
          migrations: membershipMigrations,
          controllers: [MemberRpcController, DistrictRpcController, WorkingGroupRpcController],
          providers: [
            AffordableDesignationService,
            ComplianceEventsHandler,
            DistrictService,
            MemberCommandsService,
            MemberQueriesService,
            WorkingGroupDepartures,
            WorkingGroupService,
          ],
        }),
      ],
    };
  }
}
