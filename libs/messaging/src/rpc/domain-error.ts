// DomainError is part of the error contract; re-exported here for the services that learnt it from messaging.
export { DomainError } from '@alliance/contracts';
