export * from './compliance-enums';
export * from './compliance-subjects';
export * from './standard.dto';
export * from './audit.dto';
export * from './corrective-action.dto';
export * from './compliance-events';
export * from './compliance-responses';
