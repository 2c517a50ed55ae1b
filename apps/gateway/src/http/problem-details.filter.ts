import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { mapErrorToProblem } from './error-mapping';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import type { HttpRequest, HttpResponse } from './http-types';

/** The one place every HTTP error is answered: always problem+json, never a stack trace. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<HttpRequest>();
    const res = http.getResponse<HttpResponse>();
    const { problem, unexpected } = mapErrorToProblem(error, {
      instance: req.originalUrl,
      requestId: req.requestId,
    });
    if (unexpected) {
      this.logger.error(
        { err: error, requestId: req.requestId, status: problem.status },
        'request failed unexpectedly',
      );
    }
    if (res.headersSent) return;
    if (problem.status === 401 && !res.getHeader('www-authenticate'))
      res.setHeader('WWW-Authenticate', 'Bearer');
    // The throttler sets its own; the gateway's other 429s carry the delay in the problem.
    if (typeof problem.retryAfterSeconds === 'number' && !res.getHeader('retry-after'))
      res.setHeader('Retry-After', String(problem.retryAfterSeconds));
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
