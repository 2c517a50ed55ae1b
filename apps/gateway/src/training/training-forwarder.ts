import { Injectable } from '@nestjs/common';
import { ErrorCode, type FieldError } from '@alliance/contracts';
import { RpcCallError } from '@alliance/messaging';
import { ApiProblem } from '../http/problem-details';
import type { RequestContext } from '../http/request-context';
import { ServiceForwarder } from '../rpc/service-forwarder';

/**
 * The ServiceForwarder, keeping what training says about a refusal besides the message: `details.reason`
 * (role_not_targeted, prerequisite_missing, overlapping_enrolment, enrolment_window_closed, trainer_clash, …)
 * and the clash it names travel as problem+json extension members, so a client can tell the refusals apart
 * without parsing the text.
 */
@Injectable()
export class TrainingForwarder {
  constructor(private readonly forward: ServiceForwarder) {}

  async send<TResult>(subject: string, ctx: RequestContext, body: unknown): Promise<TResult> {
    try {
      return await this.forward.send<TResult>(subject, ctx, body);
    } catch (error) {
      throw withRefusalDetails(error);
    }
  }
}

export function withRefusalDetails(error: unknown): unknown {
  if (!(error instanceof RpcCallError)) return error;
  const { code, message, details } = error.payload;
  if (code === ErrorCode.Internal || !details) return error;
  const { fields, ...extensions } = details;
  if (!Object.keys(extensions).length) return error;
  return new ApiProblem(code, message, Array.isArray(fields) ? (fields as FieldError[]) : [], extensions);
}
