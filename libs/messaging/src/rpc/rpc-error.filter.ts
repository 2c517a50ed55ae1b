import { Catch, Logger, type ArgumentsHost, type RpcExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';
import type { RpcErrorPayload } from '@alliance/contracts';
import { toRpcError } from './to-rpc-error';

/** Every RPC failure leaves the service as `{ code, message, details }`. */
@Catch()
export class RpcErrorFilter implements RpcExceptionFilter {
  private readonly logger = new Logger('RpcError');

  catch(exception: unknown, host: ArgumentsHost): Observable<RpcErrorPayload> {
    const { payload, unexpected } = toRpcError(exception);
    if (unexpected) {
      const pattern = host.switchToRpc().getContext<{ getSubject?: () => string }>()?.getSubject?.();
      this.logger.error(`${pattern ?? 'rpc'} failed: ${(exception as Error)?.stack ?? String(exception)}`);
    }
    return throwError(() => payload);
  }
}
