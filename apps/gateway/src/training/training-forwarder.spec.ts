import { RpcCallError } from '@alliance/messaging';
import { ApiProblem } from '../http/problem-details';
import { withRefusalDetails } from './training-forwarder';

describe('training refusals keep their details', () => {
  it('turns details besides fields into extension members of the problem', () => {
    const error = new RpcCallError('training.enrolment.enrol', {
      code: 'BUSINESS_RULE_VIOLATED',
      message: 'FA-101 is for caregiver; 罗师傅 is cook',
      details: { reason: 'role_not_targeted', role: 'cook', targetRoles: ['caregiver'] },
    });
    const problem = withRefusalDetails(error) as ApiProblem;
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      status: 422,
      message: 'FA-101 is for caregiver; 罗师傅 is cook',
      errors: [],
      extensions: { reason: 'role_not_targeted', role: 'cook', targetRoles: ['caregiver'] },
    });
  });

  it('leaves field errors alone, and never passes on what an INTERNAL carried', () => {
    const fields = new RpcCallError('training.staff.register', {
      code: 'VALIDATION_FAILED',
      message: 'invalid',
      details: { fields: [{ field: 'residentId', reasons: ['bad'] }] },
    });
    expect(withRefusalDetails(fields)).toBe(fields);
    const internal = new RpcCallError('training.staff.register', {
      code: 'INTERNAL',
      message: 'boom',
      details: { reason: 'x' },
    });
    expect(withRefusalDetails(internal)).toBe(internal);
    const other = new Error('not an RPC error');
    expect(withRefusalDetails(other)).toBe(other);
  });
});
