export * from './dashboard-enums';
export * from './dashboard-subjects';
export * from './dashboard.dto';
export * from './dashboard-responses';
