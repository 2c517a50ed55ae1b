// The shared kernel every context uses. Each context's own language has its own entry point
// (`@alliance/contracts/membership`, …) so contexts never share one namespace.
export * from './events/event-envelope';
export * from './events/subjects';
export * from './errors/error-codes';
export * from './errors/domain-error';
export * from './rpc/request-meta';
export * from './rpc/health';
export * from './auth/roles';
export * from './commands/versioned-command.dto';
export * from './validation';
