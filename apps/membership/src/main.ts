import 'reflect-metadata';
import { startMembership } from './bootstrap';
import { membershipConfigFromEnv } from './membership-config';

startMembership(membershipConfigFromEnv()).catch((error: unknown) => {
  // Nest's logger may not be up yet; the launcher shows stderr.
  console.error('membership failed to start:', error);
  process.exit(1);
});
