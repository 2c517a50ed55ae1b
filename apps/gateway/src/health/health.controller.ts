import { Controller, Get, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@alliance/contracts';
import { Public } from '../auth/access.decorator';
import { ApiProblem } from '../http/problem-details';
import type { HttpRequest } from '../http/http-types';
import { ApiProblems, ApiResult, ApiSummary, ref } from '../openapi/api-docs.decorators';
import { ReadinessService, type CheckResult } from './readiness.service';

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('health')
  @Public()
  @ApiSummary('Liveness: the process answers HTTP')
  @ApiResult(200, ref('Health'))
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiSummary(
    'Readiness: NATS, PostgreSQL and every service answer, and no service’s relay is stalled',
    'A failing check answers 503 with `checks` (each with its reason). A relay counts as stalled when it has ' +
      'failed to publish for longer than RELAY_STALL_MS.',
  )
  @ApiResult(200, ref('Readiness'))
  @ApiProblems(503)
  ready(@Req() req: HttpRequest): Promise<{ status: 'ok'; checks: Record<string, CheckResult> }> {
    return this.answer(req, { services: true });
  }

  @Get('ready/self')
  @Public()
  @ApiSummary(
    'Readiness of this gateway alone: its PostgreSQL and NATS answer',
    'For a load balancer in front of several gateways: a service that is down makes only its own routes answer ' +
      '503, so it does not take every gateway out of service. `GET /ready` says whether the whole platform is up.',
  )
  @ApiResult(200, ref('Readiness'))
  @ApiProblems(503)
  readySelf(@Req() req: HttpRequest): Promise<{ status: 'ok'; checks: Record<string, CheckResult> }> {
    return this.answer(req, { services: false });
  }

  private async answer(
    req: HttpRequest,
    scope: { services: boolean },
  ): Promise<{ status: 'ok'; checks: Record<string, CheckResult> }> {
    const { ready, checks } = await this.readiness.check(req.requestId ?? 'ready', scope);
    if (!ready) {
      const down = Object.entries(checks)
        .filter(([, c]) => c.status === 'down')
        .map(([name, c]) => `${name} (${c.detail ?? 'down'})`);
      throw new ApiProblem(ErrorCode.ServiceUnavailable, `Not ready: ${down.join('; ')}.`, [], {
        checks,
      });
    }
    return { status: 'ok', checks };
  }
}
