import { Module } from '@nestjs/common';
import { ContributesSchemas } from '../openapi/contributed-schemas';
import { ServiceForwarder } from '../rpc/service-forwarder';
import { BookingsController, BookingSeriesController } from './bookings.controller';
import { PlaceRequestsController } from './place-requests.controller';
import { ReciprocityController, ResourcesController } from './resources.controller';
import { RESOURCES_SCHEMAS } from './resources-schemas';

/**
 * Everything the gateway serves for the resources service (资源共享): its routes and the OpenAPI schemas of
 * their answers. `resources.booking.request-on-behalf` and `.release-on-behalf` have no route: they are for
 * other services only.
 */
@ContributesSchemas(RESOURCES_SCHEMAS)
@Module({
  controllers: [
    ResourcesController,
    ReciprocityController,
    BookingsController,
    BookingSeriesController,
    PlaceRequestsController,
  ],
  providers: [ServiceForwarder],
})
export class ResourcesGatewayModule {}
