import { startGateway } from './bootstrap';
import { gatewayConfigFromEnv } from './config/gateway-config';

async function main(): Promise<void> {
  const config = gatewayConfigFromEnv();
  const app = await startGateway(config);
  // SIGTERM/SIGINT close HTTP first, then NATS and the database (Nest's shutdown hooks).
  app.enableShutdownHooks();
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost');
  if (!process.env.JWT_SECRET) {
    process.stdout.write('JWT_SECRET is not set: a random key is used, tokens end with this process.\n');
  }
  process.stdout.write(`gateway listening on ${url} — API docs at ${url}/api/docs\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `gateway failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
