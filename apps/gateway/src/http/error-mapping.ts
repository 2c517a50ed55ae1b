import { HttpException } from '@nestjs/common';
import { ErrorCode, HTTP_STATUS_BY_CODE, isRpcErrorPayload, type FieldError } from '@alliance/contracts';
import { ApiProblem, codeForStatus, problemType, statusTitle, type ProblemDetails } from './problem-details';

export interface ProblemContext {
  /** Path and query of the request (`instance` of the problem). */
  instance: string;
  requestId?: string;
}

export interface MappedProblem {
  problem: ProblemDetails;
  /** True for errors the gateway did not expect: logged with their stack, never shown to the client. */
  unexpected: boolean;
}

function isFieldErrorList(value: unknown): value is FieldError[] {
  return (
    Array.isArray(value) &&
    value.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as FieldError).field === 'string' &&
        Array.isArray((e as FieldError).reasons),
    )
  );
}

function build(
  code: ErrorCode,
  status: number,
  detail: string,
  ctx: ProblemContext,
  errors: FieldError[] = [],
  extensions: Record<string, unknown> = {},
): ProblemDetails {
  const problem: ProblemDetails = {
    type: problemType(code),
    title: statusTitle(status),
    status,
    detail,
    instance: ctx.instance,
    code,
    errors,
    ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
  };
  // Extensions follow the standard members and can never replace one of them.
  for (const [key, value] of Object.entries(extensions)) if (!(key in problem)) problem[key] = value;
  return problem;
}

/** Text of a Nest HttpException's response (`message` may be a string or a list of strings). */
function httpExceptionDetail(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  if (typeof message === 'string') return message;
  return error.message;
}

/**
 * Turns anything thrown while serving a request into problem details. Pure, so each branch is
 * unit-tested: errors of the services (RpcCallError carries `{ code, message, details }`), the
 * gateway's own ApiProblem, Nest's HTTP exceptions (unknown route, malformed JSON, throttling) and
 * anything else (500, with a detail that leaks nothing).
 */
export function mapErrorToProblem(error: unknown, ctx: ProblemContext): MappedProblem {
  if (error instanceof ApiProblem) {
    return {
      problem: build(error.code, error.status, error.message, ctx, error.errors, error.extensions),
      unexpected: false,
    };
  }

  const payload = (error as { payload?: unknown } | null)?.payload;
  if (isRpcErrorPayload(payload)) {
    const status = HTTP_STATUS_BY_CODE[payload.code];
    const fields = payload.details?.fields;
    if (payload.code === ErrorCode.Internal) {
      // The service logged the cause under the same request id; its message is not for clients.
      return {
        problem: build(payload.code, status, 'The service failed to handle the request.', ctx),
        unexpected: true,
      };
    }
    // What else the service said about its refusal (the rule, the clash, the current version) travels as
    // extension members, so that a client can tell refusals apart without parsing the message.
    const { fields: _fields, ...extensions } = payload.details ?? {};
    return {
      problem: build(
        payload.code,
        status,
        payload.message,
        ctx,
        isFieldErrorList(fields) ? fields : [],
        extensions,
      ),
      unexpected: false,
    };
  }

  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const errors = (response as { errors?: unknown } | null)?.errors;
    const code = codeForStatus(status);
    const detail = httpExceptionDetail(error);
    // body-parser's SyntaxError becomes a BadRequestException; say so in the client's terms.
    if (status === 400 && error.cause instanceof SyntaxError) {
      const reason = `the body is not valid JSON: ${detail}`;
      return {
        problem: build(code, status, `The request body is not valid JSON.`, ctx, [
          { field: 'body', reasons: [reason] },
        ]),
        unexpected: false,
      };
    }
    return {
      problem: build(code, status, detail, ctx, isFieldErrorList(errors) ? errors : []),
      unexpected: status >= 500,
    };
  }

  return {
    problem: build(ErrorCode.Internal, 500, 'An unexpected error occurred.', ctx),
    unexpected: true,
  };
}
