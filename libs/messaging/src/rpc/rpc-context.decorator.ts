import type { RpcRequest } from '@alliance/contracts';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestContext, type RequestContext } from './request-context';

/**
 * The caller and request id of an RPC (`RpcRequest.caller`, `.requestId`) as one parameter:
 * `handle(@Payload('body') body: Dto, @RpcContext() ctx: RequestContext)`. The body is validated by the
 * global RPC pipe; this part is set by the gateway, not by the client, so it is taken as it is.
 */
export const RpcContext = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext => {
    const request = context.switchToRpc().getData<Partial<RpcRequest> | undefined>();
    return requestContext(request?.caller, request?.requestId);
  },
);
