export * from './membership-enums';
export * from './membership-subjects';
export * from './member.dto';
export * from './district.dto';
export * from './working-group.dto';
export * from './membership-events';
export * from './membership-responses';
