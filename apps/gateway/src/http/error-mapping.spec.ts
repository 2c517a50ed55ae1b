import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { ErrorCode, HTTP_STATUS_BY_CODE, type RpcErrorPayload } from '@alliance/contracts';
import { RpcCallError } from '@alliance/messaging';
import { mapErrorToProblem } from './error-mapping';
import { ApiProblem, codeForStatus } from './problem-details';

const ctx = { instance: '/api/v1/members/1', requestId: 'req-1' };

function rpcError(payload: RpcErrorPayload): RpcCallError {
  return new RpcCallError('membership.member.admit', payload);
}

describe('mapErrorToProblem', () => {
  it.each(Object.entries(HTTP_STATUS_BY_CODE).filter(([code]) => code !== ErrorCode.Internal))(
    'answers a service error %s with HTTP %i, its code, type and message',
    (code, status) => {
      const { problem, unexpected } = mapErrorToProblem(
        rpcError({ code: code as ErrorCode, message: `because ${code}` }),
        ctx,
      );
      expect(problem).toEqual({
        type: `urn:alliance:problem:${code.toLowerCase().replace(/_/g, '-')}`,
        title: expect.any(String),
        status,
        detail: `because ${code}`,
        instance: '/api/v1/members/1',
        code,
        errors: [],
        requestId: 'req-1',
      });
      expect(unexpected).toBe(false);
    },
  );

  it('maps the codes that matter to the statuses clients rely on', () => {
    const statusOf = (code: ErrorCode) =>
      mapErrorToProblem(rpcError({ code, message: 'x' }), ctx).problem.status;
    expect(statusOf(ErrorCode.ValidationFailed)).toBe(400);
    expect(statusOf(ErrorCode.NotFound)).toBe(404);
    expect(statusOf(ErrorCode.VersionConflict)).toBe(409);
    expect(statusOf(ErrorCode.IllegalTransition)).toBe(409);
    expect(statusOf(ErrorCode.ServiceUnavailable)).toBe(503);
  });

  it('passes the failing fields of a service validation error through', () => {
    const fields = [{ field: 'creditCode', reasons: ['creditCode must be a unified social credit code'] }];
    const { problem } = mapErrorToProblem(
      rpcError({ code: ErrorCode.ValidationFailed, message: 'invalid', details: { fields } }),
      ctx,
    );
    expect(problem.errors).toEqual(fields);
  });

  it('passes what else a refusal names through as extension members, never over the standard ones', () => {
    const { problem } = mapErrorToProblem(
      new RpcCallError('training.enrolment.enrol', {
        code: ErrorCode.BusinessRuleViolated,
        message: 'FA-101 is for caregiver; 罗师傅 is cook',
        details: { reason: 'role_not_targeted', role: 'cook', targetRoles: ['caregiver'], status: 200 },
      }),
      ctx,
    );
    expect(problem).toMatchObject({
      status: 422,
      code: ErrorCode.BusinessRuleViolated,
      errors: [],
      reason: 'role_not_targeted',
      role: 'cook',
      targetRoles: ['caregiver'],
    });
  });

  it('passes nothing an INTERNAL error carried', () => {
    const { problem } = mapErrorToProblem(
      rpcError({ code: ErrorCode.Internal, message: 'boom', details: { reason: 'x', constraint: 'secret' } }),
      ctx,
    );
    expect(problem).not.toHaveProperty('reason');
    expect(problem).not.toHaveProperty('constraint');
  });

  it('ignores malformed field details instead of sending them on', () => {
    const { problem } = mapErrorToProblem(
      rpcError({
        code: ErrorCode.ValidationFailed,
        message: 'invalid',
        details: { fields: 'nonsense' as never },
      }),
      ctx,
    );
    expect(problem.errors).toEqual([]);
  });

  it('hides the message of a service INTERNAL error and flags it as unexpected', () => {
    const { problem, unexpected } = mapErrorToProblem(
      rpcError({ code: ErrorCode.Internal, message: 'relation "member" does not exist' }),
      ctx,
    );
    expect(problem.status).toBe(500);
    expect(problem.detail).not.toContain('relation');
    expect(unexpected).toBe(true);
  });

  it('answers the gateway’s own ApiProblem with its code, fields and extensions', () => {
    const { problem } = mapErrorToProblem(
      new ApiProblem(ErrorCode.RateLimited, 'slow down', [], { retryAfterSeconds: 30 }),
      ctx,
    );
    expect(problem).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
      detail: 'slow down',
      retryAfterSeconds: 30,
    });
  });

  it('never lets an extension replace a standard member', () => {
    const { problem } = mapErrorToProblem(
      new ApiProblem(ErrorCode.Forbidden, 'no', [], { status: 200, code: 'OK' }),
      ctx,
    );
    expect(problem.status).toBe(403);
    expect(problem.code).toBe('FORBIDDEN');
  });

  it('answers malformed JSON (body-parser SyntaxError) as a 400 on the field "body"', () => {
    const parseError = new SyntaxError('Unexpected token } in JSON at position 9');
    const { problem } = mapErrorToProblem(
      new BadRequestException(parseError.message, { cause: parseError }),
      ctx,
    );
    expect(problem).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(problem.errors).toEqual([{ field: 'body', reasons: [expect.stringContaining('not valid JSON')] }]);
  });

  it('answers Nest HTTP exceptions with their status and a code derived from it', () => {
    expect(mapErrorToProblem(new NotFoundException('Cannot GET /x'), ctx).problem).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      detail: 'Cannot GET /x',
    });
    expect(mapErrorToProblem(new HttpException('too large', 413), ctx).problem).toMatchObject({
      status: 413,
      code: 'VALIDATION_FAILED',
      title: 'Content Too Large',
    });
  });

  it('answers anything else with a 500 that leaks nothing', () => {
    const { problem, unexpected } = mapErrorToProblem(
      new TypeError('cannot read x of undefined at /src/secret.ts'),
      ctx,
    );
    expect(problem).toMatchObject({ status: 500, code: 'INTERNAL' });
    expect(JSON.stringify(problem)).not.toContain('secret');
    expect(unexpected).toBe(true);
  });
});

describe('codeForStatus', () => {
  it.each([
    [400, 'VALIDATION_FAILED'],
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [409, 'CONFLICT'],
    [429, 'RATE_LIMITED'],
    [500, 'INTERNAL'],
    [503, 'SERVICE_UNAVAILABLE'],
    [504, 'TIMEOUT'],
  ])('%i → %s', (status, code) => {
    expect(codeForStatus(status)).toBe(code);
  });
});
