export * from './training-enums';
export * from './training-subjects';
export * from './staff.dto';
export * from './course.dto';
export * from './session.dto';
export * from './enrolment.dto';
export * from './training-events';
export * from './training-responses';
