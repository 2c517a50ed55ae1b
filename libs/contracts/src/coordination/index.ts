export * from './coordination-enums';
export * from './coordination-subjects';
export * from './notice.dto';
export * from './meeting.dto';
export * from './practice.dto';
export * from './attachment.dto';
export * from './coordination-events';
export * from './coordination-responses';
