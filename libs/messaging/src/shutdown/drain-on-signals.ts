import type { INestApplicationContext } from '@nestjs/common';

/**
 * SIGTERM/SIGINT close the app (RPC stops taking work, consumers finish and ack what they hold,
 * the relay finishes its batch, connections close) and then exit with 0, so a supervisor can tell
 * a clean drain from a crash. A second signal, or a drain longer than `graceMs`, exits at once.
 */
export function drainOnSignals(app: INestApplicationContext, graceMs = 15_000): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    const timer = setTimeout(() => {
      console.error(`drain did not finish within ${graceMs} ms after ${signal}; exiting`);
      process.exit(1);
    }, graceMs);
    timer.unref();
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error('shutdown failed', error);
        process.exit(1);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
