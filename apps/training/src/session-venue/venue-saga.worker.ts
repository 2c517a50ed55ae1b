import { ErrorCode } from '@alliance/contracts';
import {
  ResourcesRpc,
  type OnBehalfOutcomeView,
  type OnBehalfReleaseView,
  type RequestOnBehalfDto,
} from '@alliance/contracts/resources';
import {
  MESSAGING_OPTIONS,
  NATS_CONNECTION,
  RpcCallError,
  RpcClient,
  type EventMeta,
  type MessagingOptions,
  type NatsConnection,
} from '@alliance/messaging';
import { inTransaction } from '@alliance/persistence';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SessionVenueService } from './session-venue.service';

const RPC_TIMEOUT_MS = 10_000;
/** A claimed step is another worker's again after this long: its process may have died mid-call. */
const CLAIM_MS = 2 * RPC_TIMEOUT_MS;
const BATCH = 16;
const MAX_BACKOFF_MS = 10_000;

/** Resource sharing did not answer, or could not say: the outcome is unknown and the step is sent again. */
const UNANSWERED: string[] = [ErrorCode.ServiceUnavailable, ErrorCode.Timeout, ErrorCode.Internal];

interface ClaimedStep {
  id: string;
  kind: 'request' | 'release';
  attempts: number;
  session_id: string;
  resource_id: string;
  organisation_id: string;
  starts_at: Date;
  ends_at: Date;
  request_key: string;
  /** The row's reason: for a release, why it was given back. */
  reason: string | null;
  capacity: number;
  code: string;
  title: string;
}

/**
 * Sends the venue saga's outgoing commands (`venue_step`) to resource sharing until each is answered. A step
 * is written in the transaction of the session change that needs it, so a process that dies before or while
 * sending leaves it due, and whichever process runs next sends it; resource sharing answers a repeated key
 * with its first outcome, so a step sent twice books once. Steps are claimed (`FOR UPDATE SKIP LOCKED`, then
 * a claim deadline) so that several instances share them. Polls every `TRAINING_VENUE_POLL_MS` (default
 * 1000) and is woken after each session change; `TRAINING_VENUE_SAGA=off` leaves the steps unsent (tests).
 */
@Injectable()
export class VenueSagaWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('VenueSaga');
  private rpc?: RpcClient;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;
  private interval = 1000;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Inject(SessionVenueService) private readonly venues: SessionVenueService,
  ) {}

  onApplicationBootstrap(): void {
    if (process.env.TRAINING_VENUE_SAGA === 'off') return;
    this.interval = Number(process.env.TRAINING_VENUE_POLL_MS) || 1000;
    this.rpc = new RpcClient(this.nc, {
      subjectPrefix: this.options.subjectPrefix,
      timeoutMs: RPC_TIMEOUT_MS,
    });
    this.stopped = false;
    this.timer = setTimeout(() => this.kick(), 0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Sends what is due now (or right after the run in progress). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.drain()
      .catch((error: unknown) => this.logger.warn(`venue steps: ${(error as Error).message}`))
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        if (this.again) {
          this.again = false;
          this.timer = setTimeout(() => this.kick(), 0);
        } else this.timer = setTimeout(() => this.kick(), this.interval).unref();
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const steps = await this.claim();
      await Promise.all(steps.map((step) => this.perform(step)));
      if (steps.length < BATCH || this.stopped) return;
    }
  }

  private async claim(): Promise<ClaimedStep[]> {
    return (await this.dataSource.query(
      `WITH claimed AS (
         UPDATE venue_step SET attempts = attempts + 1, due_at = now() + $2 * interval '1 millisecond'
          WHERE id IN (SELECT id FROM venue_step WHERE done_at IS NULL AND due_at <= now()
                        ORDER BY due_at, created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING id, kind, attempts, venue_booking_id)
       SELECT c.id, c.kind, c.attempts, v.session_id, v.resource_id, v.organisation_id,
              v.starts_at, v.ends_at, v.request_key, v.reason, s.capacity, co.code, co.title
         FROM claimed c
         JOIN venue_booking v ON v.id = c.venue_booking_id
         JOIN session s ON s.id = v.session_id
         JOIN course co ON co.id = s.course_id`,
      [BATCH, CLAIM_MS],
    )) as ClaimedStep[];
  }

  private async perform(step: ClaimedStep): Promise<void> {
    const meta: EventMeta = {
      correlationId: `venue-${step.session_id}`,
      causationId: null,
      actor: { id: 'training', kind: 'service' },
    };
    try {
      if (step.kind === 'request') {
        const body: RequestOnBehalfDto = {
          resourceId: step.resource_id,
          organisationId: step.organisation_id,
          startsAt: step.starts_at.toISOString(),
          endsAt: step.ends_at.toISOString(),
          purpose: `培训班次 training session ${step.code} ${step.title}`.slice(0, 500),
          headcount: step.capacity,
          idempotencyKey: step.request_key,
        };
        const outcome = await this.send<OnBehalfOutcomeView>(ResourcesRpc.requestOnBehalf, body, step);
        await inTransaction(this.dataSource, async (manager) => {
          await this.venues.applyOutcome(manager, outcome, meta);
          await manager.query(`UPDATE venue_step SET done_at = now() WHERE id = $1`, [step.id]);
        });
      } else {
        await this.send<OnBehalfReleaseView>(
          ResourcesRpc.releaseOnBehalf,
          {
            idempotencyKey: step.request_key,
            reason: (step.reason ?? '培训方释放 released by training').slice(0, 1000),
          },
          step,
        );
        await this.dataSource.query(`UPDATE venue_step SET done_at = now() WHERE id = $1`, [step.id]);
      }
    } catch (error) {
      if (error instanceof RpcCallError && !UNANSWERED.includes(error.payload.code)) {
        await this.refused(step, error, meta);
        return;
      }
      // No answer (or the answer could not be recorded): again later, backing off; the claim deadline
      // already keeps other workers away until then.
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(step.attempts, 10));
      this.logger.warn(
        `venue ${step.kind} ${step.request_key} (attempt ${step.attempts}) unanswered: ${(error as Error).message}`,
      );
      await this.dataSource
        .query(
          `UPDATE venue_step SET due_at = now() + $2 * interval '1 millisecond' WHERE id = $1 AND done_at IS NULL`,
          [step.id, delay],
        )
        .catch(() => undefined);
    }
  }

  /**
   * Resource sharing refused the command outright (a venue it does not know, a request it finds invalid):
   * asking again would be refused again. A request's meeting is flagged with the refusal; a release is over.
   */
  private async refused(step: ClaimedStep, error: RpcCallError, meta: EventMeta): Promise<void> {
    this.logger.warn(`venue ${step.kind} ${step.request_key} refused: ${error.message}`);
    await inTransaction(this.dataSource, async (manager) => {
      if (step.kind === 'request') {
        await this.venues.applyRefusal(
          manager,
          step.request_key,
          {
            reason: error.payload.code.toLowerCase(),
            message: [
              error.payload.message,
              ...(error.payload.details?.fields ?? []).map((f) => `${f.field}: ${f.reasons.join(', ')}`),
            ].join('; '),
          },
          meta,
        );
      }
      await manager.query(`UPDATE venue_step SET done_at = now(), last_error = $2 WHERE id = $1`, [
        step.id,
        error.message.slice(0, 1000),
      ]);
    });
  }

  private send<T>(subject: string, body: object, step: ClaimedStep): Promise<T> {
    if (!this.rpc) throw new Error('the venue saga is off');
    return this.rpc.send<T>(subject, {
      requestId: `venue-step-${step.id}-${step.attempts}`,
      caller: null,
      body,
    });
  }
}
