import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Caller } from '../auth/caller';
import type { HttpRequest } from './http-types';

/** Who asks and under which request id: everything a forwarded RPC needs besides its body. */
export interface RequestContext {
  requestId: string;
  caller: Caller;
}

export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const req = context.switchToHttp().getRequest<HttpRequest>();
  if (!req.caller || !req.requestId)
    throw new Error('request context used on a route without an authenticated caller');
  return { requestId: req.requestId, caller: req.caller };
});
