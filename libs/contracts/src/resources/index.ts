export * from './resources-subjects';
export * from './resources-enums';
export * from './resource.dto';
export * from './booking.dto';
export * from './place-request.dto';
export * from './resources-events';
export * from './resources-responses';
