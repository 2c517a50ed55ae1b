import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, type RpcCaller } from '@alliance/contracts';
import type { DeadLetterActor } from '../dead-letter/dead-letter.entity';
import { DeadLetterService, SYSTEM_DEAD_LETTER_ACTOR } from '../dead-letter/dead-letter.service';
import { DomainError } from '../rpc/domain-error';
import { createRpcValidationPipe } from '../rpc/rpc-validation.pipe';
import { PipelineStatusService } from './pipeline-status.service';
import {
  DiscardDeadLetterRequest,
  ListDeadLettersRequest,
  PIPELINE_ADMIN_ROLE,
  PipelineRpc,
  type RelayProbe,
  ReplayDeadLetterRequest,
} from '@alliance/contracts/pipeline';

export type RpcHandler = (data: unknown) => Promise<unknown>;

interface IncomingRequest {
  requestId?: string;
  caller?: RpcCaller | null;
  body?: unknown;
}

/**
 * The pipeline subjects every service answers (`<service>.pipeline.status`, `<service>.dead-letter.*`).
 * startRpcServer registers them beside the service's own handlers; they validate their bodies like
 * any RPC and refuse callers that are not alliance admins.
 */
@Injectable()
export class PipelineRpcHandlers {
  private readonly logger = new Logger('Pipeline');
  private readonly pipe = createRpcValidationPipe();

  constructor(
    private readonly status: PipelineStatusService,
    private readonly deadLetters: DeadLetterService,
  ) {}

  handlers(service: string): Array<[subject: string, handler: RpcHandler]> {
    return [
      [
        PipelineRpc.status(service),
        (data) => this.handle(data, PipelineRpc.status(service), () => this.status.status()),
      ],
      [
        PipelineRpc.relay(service),
        (data) =>
          this.handle(data, PipelineRpc.relay(service), async (): Promise<RelayProbe> => ({
            relay: this.status.relay(),
          })),
      ],
      [
        PipelineRpc.listDeadLetters(service),
        (data) =>
          this.handle(data, PipelineRpc.listDeadLetters(service), async (request) => {
            const query = await this.body(request, ListDeadLettersRequest);
            return this.deadLetters.list(query);
          }),
      ],
      [
        PipelineRpc.replayDeadLetter(service),
        (data) =>
          this.handle(data, PipelineRpc.replayDeadLetter(service), async (request, actor) => {
            const body = await this.body(request, ReplayDeadLetterRequest);
            return this.deadLetters.replay(body.id, body.payload, actor);
          }),
      ],
      [
        PipelineRpc.discardDeadLetter(service),
        (data) =>
          this.handle(data, PipelineRpc.discardDeadLetter(service), async (request, actor) => {
            const body = await this.body(request, DiscardDeadLetterRequest);
            return this.deadLetters.discard(body.id, body.reason, actor);
          }),
      ],
    ];
  }

  private async handle<T>(
    data: unknown,
    subject: string,
    work: (request: IncomingRequest, actor: DeadLetterActor) => Promise<T>,
  ): Promise<T> {
    const request = (typeof data === 'object' && data !== null ? data : {}) as IncomingRequest;
    const caller = request.caller ?? null;
    // Defence in depth: the gateway already refused non-admins on its routes.
    if (caller && caller.role !== PIPELINE_ADMIN_ROLE) {
      this.logger.warn({
        msg: 'pipeline request refused',
        subject,
        requestId: request.requestId,
        role: caller.role,
      });
      throw new DomainError(
        ErrorCode.Forbidden,
        `the role ${caller.role} may not inspect or repair the event pipeline`,
      );
    }
    const actor: DeadLetterActor = caller
      ? { id: caller.userId, kind: 'user', username: caller.username, role: caller.role }
      : SYSTEM_DEAD_LETTER_ACTOR;
    const startedAt = Date.now();
    try {
      const result = await work(request, actor);
      this.logger.debug?.({
        msg: 'pipeline request',
        subject,
        requestId: request.requestId,
        ms: Date.now() - startedAt,
      });
      return result;
    } catch (error) {
      this.logger.warn({
        msg: 'pipeline request failed',
        subject,
        requestId: request.requestId,
        error: (error as Error)?.message ?? String(error),
      });
      throw error;
    }
  }

  private async body<T extends object>(request: IncomingRequest, dto: new () => T): Promise<T> {
    const body = request.body ?? {};
    return (await this.pipe.transform(body, { type: 'body', metatype: dto })) as T;
  }
}
