import { ErrorCode, HTTP_STATUS_BY_CODE, type FieldError } from '@alliance/contracts';

/** RFC 9457 problem details, with the error code of the contracts and the failing fields. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  errors: FieldError[];
  requestId?: string;
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
/** What Express's res.json() sends, for a route that returns JSON it already has as text. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** A stable, dereference-free identifier per code, so clients switch on `type` or `code` alike. */
export function problemType(code: ErrorCode): string {
  return `urn:alliance:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function statusTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

/** The code the gateway reports for an HTTP error that did not come with one (framework errors). */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
      return ErrorCode.Unauthenticated;
    case 403:
      return ErrorCode.Forbidden;
    case 404:
      return ErrorCode.NotFound;
    case 409:
      return ErrorCode.Conflict;
    case 429:
      return ErrorCode.RateLimited;
    case 503:
      return ErrorCode.ServiceUnavailable;
    case 504:
      return ErrorCode.Timeout;
    default:
      return status >= 500 ? ErrorCode.Internal : ErrorCode.ValidationFailed;
  }
}

/**
 * An error the gateway itself raises with a contract code. `status` defaults to the code's status;
 * it is overridden only where HTTP has a more precise one (413, 415).
 */
export class ApiProblem extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
    readonly extensions: Record<string, unknown> = {},
    status?: number,
  ) {
    super(message);
    this.name = 'ApiProblem';
    this.status = status ?? HTTP_STATUS_BY_CODE[code];
  }
}
