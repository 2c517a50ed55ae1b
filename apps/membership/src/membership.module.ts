import { MessagingModule, messagingEntities, messagingMigrations } from '@alliance/messaging';
import { PersistenceModule } from '@alliance/persistence';
import { Module, type DynamicModule } from '@nestjs/common';
import { DistrictEntity } from './district/district.entity';
import { DistrictRpcController } from './district/district.rpc-controller';
import { DistrictService } from './district/district.service';
import { MemberCommandsService } from './member/member-commands.service';
import { MemberHistoryEntity } from './member/member-history.entity';
import { MemberQueriesService } from './member/member-queries.service';
import { MemberEntity } from './member/member.entity';
import { MemberRpcController } from './member/member.rpc-controller';
import type { MembershipConfig } from './membership-config';
import { membershipMigrations } from './migrations';
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

/** Member organisations, their lifecycle, districts and working groups. */
@Module({})
export class MembershipModule {
  static forRoot(config: MembershipConfig): DynamicModule {
    return {
      module: MembershipModule,
      imports: [
        PersistenceModule.forRootAsync({
          useFactory: () => ({
            url: config.databaseUrl,
            schema: config.schema,
            applicationName: MEMBERSHIP_SERVICE,
            entities: [...messagingEntities, ...membershipEntities],
            // Messaging tables first: the outbox must exist before any migration could write events.
            migrations: [...messagingMigrations, ...membershipMigrations],
          }),
        }),
        MessagingModule.forRootAsync({
          useFactory: () => ({
            service: MEMBERSHIP_SERVICE,
            natsUrl: config.natsUrl,
            subjectPrefix: config.subjectPrefix,
            streamPrefix: config.streamPrefix,
            publishes: [MEMBERSHIP_SERVICE],
            relay: { enabled: config.relayEnabled },
          }),
        }),
      ],
      controllers: [MemberRpcController, DistrictRpcController, WorkingGroupRpcController],
      providers: [DistrictService, MemberCommandsService, MemberQueriesService, WorkingGroupService],
    };
  }
}
