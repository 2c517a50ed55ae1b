import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ServiceForwarder } from '../rpc/service-forwarder';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { ErrorCode, Role } from '@alliance/contracts';
import {
  EnrolDto,
  ListCertificatesDto,
  TrainingRpc,
  VERIFICATION_CODE_PATTERN,
  type CertificatePage,
  type CertificateVerification,
  type CertificateView,
  type EnrolmentView,
} from '@alliance/contracts/training';
import { RpcClient } from '@alliance/messaging';
import { Allow, Public } from '../auth/access.decorator';
import { ContractQueryPipe } from '../http/contract-query.pipe';
import type { HttpRequest } from '../http/http-types';
import { ApiProblem } from '../http/problem-details';
import { Ctx, type RequestContext } from '../http/request-context';
import { UuidParam } from '../http/uuid-param.pipe';
import {
  ApiJsonBody,
  ApiProblems,
  ApiQueryFrom,
  ApiResult,
  ApiSummary,
  ApiUuidParam,
  FORWARDED_ERRORS,
  ref,
} from '../openapi/api-docs.decorators';
import { clarifyUnanswered } from '../rpc/service-forwarder';
import { CancelEnrolmentBody, RevokeCertificateBody } from './training-bodies';
import { VERIFICATION_RATE_LIMIT, VerificationThrottlerGuard } from './verification-throttler.guard';

@ApiTags('training: enrolments')
@Controller('enrolments')
export class EnrolmentsController {
  constructor(private readonly forward: ServiceForwarder) {}

  @Post()
  @Allow(Role.AllianceAdmin, Role.MemberRep)
  @ApiSummary(
    'Enrol a staff member in a session',
    'Confirmed while seats remain, otherwise waitlisted in order of request. Refusals (422) say why in ' +
      '`details.reason`: organisation_not_admitted, staff_not_active, role_not_targeted, prerequisite_missing, ' +
      'overlapping_enrolment, enrolment_window_closed, session_not_scheduled. A member_rep enrols its own staff only.',
  )
  @ApiJsonBody(EnrolDto)
  @ApiResult(201, ref('Enrolment'), 'Confirmed or waitlisted.')
  @ApiProblems(...FORWARDED_ERRORS, 404, 409, 422)
  enrol(@Ctx() ctx: RequestContext, @Body() body: EnrolDto): Promise<EnrolmentView> {
    return this.forward.send<EnrolmentView>(TrainingRpc.enrol, ctx, body);
  }

  @Post(':id/cancel')
  @Allow(Role.AllianceAdmin, Role.Trainer, Role.MemberRep)
  @HttpCode(200)
  @ApiSummary('Cancel an enrolment', 'A freed confirmed seat goes to the first waitlisted at once.')
  @ApiUuidParam('id', 'Enrolment id')
  @ApiJsonBody(CancelEnrolmentBody)
  @ApiResult(200, ref('Enrolment'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409)
  cancel(@Ctx() ctx: RequestContext, @Param('id', UuidParam) id: string, @Body() body: CancelEnrolmentBody) {
    return this.forward.send<EnrolmentView>(TrainingRpc.cancelEnrolment, ctx, { ...body, id });
  }
}

@ApiTags('training: certificates')
@Controller('certificates')
export class CertificatesController {
  constructor(
    private readonly forward: ServiceForwarder,
    private readonly rpc: RpcClient,
  ) {}

  @Get()
  @Allow(Role.AllianceAdmin, Role.Trainer, Role.Inspector, Role.MemberRep)
  @ApiSummary('List certificates', 'Newest first. A member_rep sees its own organisation’s only.')
  @ApiQueryFrom(ListCertificatesDto)
  @ApiResult(200, ref('CertificatePage'))
  @ApiProblems(...FORWARDED_ERRORS)
  list(
    @Ctx() ctx: RequestContext,
    @Query(new ContractQueryPipe(ListCertificatesDto)) query: ListCertificatesDto,
  ) {
    return this.forward.send<CertificatePage>(TrainingRpc.listCertificates, ctx, query);
  }

  @Get('verify/:code')
  @Public()
  @UseGuards(VerificationThrottlerGuard)
  @Throttle({ default: VERIFICATION_RATE_LIMIT })
  @ApiSummary(
    'Verify a certificate by its code (no login)',
    'Answers valid, expired or revoked with the course, hours and dates; the holder’s name is masked (张*明). ' +
      `Rate-limited to ${VERIFICATION_RATE_LIMIT.limit} per minute and client address.`,
  )
  @ApiParam({
    name: 'code',
    description: 'Verification code printed on the certificate',
    schema: { type: 'string' },
  })
  @ApiResult(200, ref('CertificateVerification'))
  @ApiProblems(400, 404, 429, 503)
  async verify(@Req() req: HttpRequest, @Param('code') code: string): Promise<CertificateVerification> {
    const normalised = code.trim().toUpperCase();
    if (!VERIFICATION_CODE_PATTERN.test(normalised)) {
      throw new ApiProblem(ErrorCode.ValidationFailed, 'The verification code is 20 letters and digits.', [
        { field: 'code', reasons: ['code must be a 20-character verification code'] },
      ]);
    }
    try {
      return await this.rpc.send<CertificateVerification>(
        TrainingRpc.verifyCertificate,
        { requestId: req.requestId, caller: null, body: { code: normalised } },
        { requestId: req.requestId },
      );
    } catch (error) {
      throw clarifyUnanswered(TrainingRpc.verifyCertificate, error);
    }
  }

  @Post(':id/revoke')
  @Allow(Role.AllianceAdmin, Role.Trainer)
  @HttpCode(200)
  @ApiSummary('Revoke a certificate', 'The reason is recorded; verification answers revoked from now on.')
  @ApiUuidParam('id', 'Certificate id')
  @ApiJsonBody(RevokeCertificateBody)
  @ApiResult(200, ref('Certificate'))
  @ApiProblems(...FORWARDED_ERRORS, 404, 409)
  revoke(
    @Ctx() ctx: RequestContext,
    @Param('id', UuidParam) id: string,
    @Body() body: RevokeCertificateBody,
  ) {
    return this.forward.send<CertificateView>(TrainingRpc.revokeCertificate, ctx, { ...body, id });
  }
}
