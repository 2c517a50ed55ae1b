import { ServiceModule, type ServiceConfig } from '@alliance/messaging';
import { Module, type DynamicModule } from '@nestjs/common';
import { BookingEntity, BookingSeriesEntity } from './booking/booking.entity';
import { BookingRpcController } from './booking/booking.rpc-controller';
import { BookingService } from './booking/booking.service';
import { MemberOrganisationEntity } from './member-projection/member-organisation.entity';
import { MembershipEventsHandler } from './member-projection/membership-events.handler';
import { resourcesMigrations } from './migrations';
import { PlaceRequestEntity } from './place-request/place-request.entity';
import { PlaceRequestRpcController } from './place-request/place-request.rpc-controller';
import { PlaceRequestService } from './place-request/place-request.service';
import { ExpiryCheckScheduler } from './report/expiry-check.scheduler';
import { ReportRpcController } from './report/report.rpc-controller';
import { ReportService } from './report/report.service';
import { ResourceEntity } from './resource/resource.entity';
import { ResourceRpcController } from './resource/resource.rpc-controller';
import { ResourceService } from './resource/resource.service';

export const RESOURCES_SERVICE = 'resources';

export const resourcesEntities = [
  MemberOrganisationEntity,
  ResourceEntity,
  BookingSeriesEntity,
  BookingEntity,
  PlaceRequestEntity,
];

/** Shared resources (资源共享): offers, bookings without conflicts, series, place requests, reciprocity. */
@Module({})
export class ResourcesModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: ResourcesModule,
      imports: [
        ServiceModule.forRoot({
          config,
          entities: resourcesEntities,
          migrations: resourcesMigrations,
          controllers: [
            ResourceRpcController,
            BookingRpcController,
            PlaceRequestRpcController,
            ReportRpcController,
          ],
          providers: [
            ResourceService,
            BookingService,
            PlaceRequestService,
            ReportService,
            ExpiryCheckScheduler,
            MembershipEventsHandler,
          ],
        }),
      ],
    };
  }
}
