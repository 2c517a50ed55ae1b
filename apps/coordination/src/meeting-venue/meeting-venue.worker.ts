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
import { MeetingVenueService } from './meeting-venue.service';

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
  meeting_id: string;
  resource_id: string;
  organisation_id: string;
  request_key: string;
  reason: string | null;
  title: string;
  starts_at: Date;
  ends_at: Date;
  invited: number;
}

/**
 * Sends the meeting venues' commands (`meeting_venue_step`) to resource sharing until each is answered — the
 * same design as training's VenueSagaWorker: a step is written with the meeting change that needs it, claimed
 * (`FOR UPDATE SKIP LOCKED`, then a claim deadline) so several instances share the work, and sent again with
 * backoff while unanswered; resource sharing answers a repeated key with its first outcome, so a request sent
 * twice books once. Polls every `COORDINATION_VENUE_POLL_MS` (1000); `COORDINATION_VENUE_SAGA=off` leaves the
 * steps unsent.
 */
@Injectable()
export class MeetingVenueWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('MeetingVenue');
  private rpc?: RpcClient;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = true;
  private interval = 1000;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Inject(MeetingVenueService) private readonly venues: MeetingVenueService,
  ) {}

  onApplicationBootstrap(): void {
    if (process.env.COORDINATION_VENUE_SAGA === 'off') return;
    this.interval = Number(process.env.COORDINATION_VENUE_POLL_MS) || 1000;
    this.rpc = new RpcClient(this.nc, {
      subjectPrefix: this.options.subjectPrefix,
      timeoutMs: RPC_TIMEOUT_MS,
    });
    this.stopped = false;
    this.timer = setTimeout(() => this.tick(), 0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.stopped) return;
    this.running = this.drain()
      .catch((error: unknown) => this.logger.warn(`venue steps: ${(error as Error).message}`))
      .finally(() => {
        this.running = undefined;
        if (!this.stopped) this.timer = setTimeout(() => this.tick(), this.interval).unref();
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
         UPDATE meeting_venue_step SET attempts = attempts + 1, due_at = now() + $2 * interval '1 millisecond'
          WHERE id IN (SELECT id FROM meeting_venue_step WHERE done_at IS NULL AND due_at <= now()
                        ORDER BY due_at, created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING id, kind, attempts, meeting_id)
       SELECT c.id, c.kind, c.attempts, c.meeting_id, v.resource_id, v.organisation_id, v.request_key, v.reason,
              m.title, m.starts_at, m.ends_at,
              (SELECT count(*)::int FROM meeting_invitation i WHERE i.meeting_id = m.id) AS invited
         FROM claimed c
         JOIN meeting_venue v ON v.meeting_id = c.meeting_id
         JOIN meeting m ON m.id = c.meeting_id`,
      [BATCH, CLAIM_MS],
    )) as ClaimedStep[];
  }

  private async perform(step: ClaimedStep): Promise<void> {
    try {
      if (step.kind === 'request') {
        const body: RequestOnBehalfDto = {
          resourceId: step.resource_id,
          organisationId: step.organisation_id,
          startsAt: step.starts_at.toISOString(),
          endsAt: step.ends_at.toISOString(),
          purpose: `联盟会议 alliance meeting: ${step.title}`.slice(0, 500),
          // One seat per invited organisation at least; the answers come later and the venue is booked now.
          headcount: Math.max(1, step.invited),
          idempotencyKey: step.request_key,
        };
        const outcome = await this.send<OnBehalfOutcomeView>(ResourcesRpc.requestOnBehalf, body, step);
        await inTransaction(this.dataSource, async (manager) => {
          await this.venues.applyOutcome(manager, outcome);
          await manager.query(`UPDATE meeting_venue_step SET done_at = now() WHERE id = $1`, [step.id]);
        });
      } else {
        await this.send<OnBehalfReleaseView>(
          ResourcesRpc.releaseOnBehalf,
          {
            idempotencyKey: step.request_key,
            reason: (step.reason ?? '会议取消 meeting cancelled').slice(0, 1000),
          },
          step,
        );
        await this.dataSource.query(`UPDATE meeting_venue_step SET done_at = now() WHERE id = $1`, [step.id]);
      }
    } catch (error) {
      if (error instanceof RpcCallError && !UNANSWERED.includes(error.payload.code)) {
        await this.refused(step, error);
        return;
      }
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(step.attempts, 10));
      this.logger.warn(
        `venue ${step.kind} ${step.request_key} (attempt ${step.attempts}) unanswered: ${(error as Error).message}`,
      );
      await this.dataSource
        .query(
          `UPDATE meeting_venue_step SET due_at = now() + $2 * interval '1 millisecond' WHERE id = $1 AND done_at IS NULL`,
          [step.id, delay],
        )
        .catch(() => undefined);
    }
  }

  /** Refused outright (an unknown venue, an invalid request): asking again would be refused again. */
  private async refused(step: ClaimedStep, error: RpcCallError): Promise<void> {
    this.logger.warn(`venue ${step.kind} ${step.request_key} refused: ${error.message}`);
    await inTransaction(this.dataSource, async (manager) => {
      if (step.kind === 'request') {
        await this.venues.applyRefusal(manager, step.request_key, {
          reason: error.payload.code.toLowerCase(),
          message: [
            error.payload.message,
            ...(error.payload.details?.fields ?? []).map((f) => `${f.field}: ${f.reasons.join(', ')}`),
          ].join('; '),
        });
      }
      await manager.query(`UPDATE meeting_venue_step SET done_at = now(), last_error = $2 WHERE id = $1`, [
        step.id,
        error.message.slice(0, 1000),
      ]);
    });
  }

  private send<T>(subject: string, body: object, step: ClaimedStep): Promise<T> {
    if (!this.rpc) throw new Error('the meeting venue worker is off');
    return this.rpc.send<T>(subject, {
      requestId: `meeting-venue-step-${step.id}-${step.attempts}`,
      caller: null,
      body,
    });
  }
}
