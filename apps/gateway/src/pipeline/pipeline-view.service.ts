import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { RpcCallError } from '@alliance/messaging';
import {
  PipelineRpc,
  type DeadLetterPage,
  type DeadLetterView,
  type PipelineStatus,
  type ReplayResult,
} from '@alliance/contracts/pipeline';
import type { ListDeadLettersRequest } from '@alliance/contracts/pipeline';
import { gatewayConfig } from '../config/gateway-config.module';
import type { RequestContext } from '../http/request-context';
import { ServiceForwarder } from '../rpc/service-forwarder';
import { isStalled, relayStallMs } from './relay-stall';

/** One service's pipeline as the gateway shows it: its own answer, or why there is none. */
export interface ServicePipeline {
  service: string;
  /** Its relay has failed to publish for longer than `relayStallMs`. */
  stalled: boolean;
  /** Why there is no status (the service is down, too slow, or failed); null when it answered. */
  problem: string | null;
  status: PipelineStatus | null;
}

export interface PipelineOverview {
  relayStallMs: number;
  services: ServicePipeline[];
}

/** Asks the services about their event pipelines, on behalf of an admin. */
@Injectable()
export class PipelineViewService {
  constructor(
    private readonly forward: ServiceForwarder,
    private readonly config: ConfigService,
  ) {}

  /** Every known service; one that does not answer is shown as such rather than failing the whole view. */
  async overview(ctx: RequestContext): Promise<PipelineOverview> {
    const { services } = gatewayConfig(this.config);
    const entries = await Promise.all(
      services.map(async (service): Promise<ServicePipeline> => {
        try {
          return await this.service(ctx, service);
        } catch (error) {
          const problem =
            error instanceof RpcCallError
              ? `${error.payload.code}: ${error.payload.message}`
              : (error as Error).message;
          return { service, stalled: false, problem, status: null };
        }
      }),
    );
    return { relayStallMs: relayStallMs(this.config), services: entries };
  }

  async service(ctx: RequestContext, service: string): Promise<ServicePipeline> {
    const status = await this.forward.send<PipelineStatus>(PipelineRpc.status(service), ctx, {});
    return { service, stalled: isStalled(status.relay, relayStallMs(this.config)), problem: null, status };
  }

  listDeadLetters(
    ctx: RequestContext,
    service: string,
    query: ListDeadLettersRequest,
  ): Promise<DeadLetterPage> {
    return this.forward.send(PipelineRpc.listDeadLetters(service), ctx, { ...query });
  }

  replay(
    ctx: RequestContext,
    service: string,
    id: string,
    payload?: Record<string, unknown>,
  ): Promise<ReplayResult> {
    return this.forward.send(
      PipelineRpc.replayDeadLetter(service),
      ctx,
      payload === undefined ? { id } : { id, payload },
    );
  }

  discard(ctx: RequestContext, service: string, id: string, reason: string): Promise<DeadLetterView> {
    return this.forward.send(PipelineRpc.discardDeadLetter(service), ctx, { id, reason });
  }
}
