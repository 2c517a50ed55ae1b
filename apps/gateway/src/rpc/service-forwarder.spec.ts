import { ErrorCode } from '@alliance/contracts';
import { RpcCallError, type RpcClient } from '@alliance/messaging';
import { ApiProblem } from '../http/problem-details';
import { clarifyUnanswered, ServiceForwarder } from './service-forwarder';

const ctx = {
  requestId: 'req-42',
  caller: { userId: 'u1', username: 'alice', role: 'alliance_admin' as const, organisationId: null },
};

describe('ServiceForwarder', () => {
  it('sends { requestId, caller, body } and the request id for the NATS headers', async () => {
    const send = jest.fn().mockResolvedValue({ ok: true });
    const forwarder = new ServiceForwarder({ send } as unknown as RpcClient);
    await expect(forwarder.send('membership.member.get', ctx, { id: 'x' })).resolves.toEqual({ ok: true });
    expect(send).toHaveBeenCalledWith(
      'membership.member.get',
      { requestId: 'req-42', caller: ctx.caller, body: { id: 'x' } },
      { requestId: 'req-42' },
    );
  });

  it('turns "nobody answers" into a 503 problem that names the service', () => {
    const error = clarifyUnanswered(
      'membership.member.admit',
      new RpcCallError('membership.member.admit', {
        code: ErrorCode.ServiceUnavailable,
        message: 'no responders',
      }),
    );
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).status).toBe(503);
    expect((error as ApiProblem).message).toContain('membership service is not available');
  });

  it('turns a timeout into a 503 problem that says the outcome is unknown', () => {
    const error = clarifyUnanswered(
      'membership.member.admit',
      new RpcCallError('membership.member.admit', {
        code: ErrorCode.Timeout,
        message: 'no answer within 5000 ms',
      }),
    ) as ApiProblem;
    expect(error.status).toBe(503);
    expect(error.message).toContain('may or may not have been applied');
  });

  it('leaves the service’s own refusals as they are', () => {
    const refusal = new RpcCallError('membership.member.admit', {
      code: ErrorCode.IllegalTransition,
      message: 'no',
    });
    expect(clarifyUnanswered('membership.member.admit', refusal)).toBe(refusal);
  });
});
