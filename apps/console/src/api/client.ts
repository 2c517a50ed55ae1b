import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Problem = Schemas['ProblemDetails'];

/** The gateway's API, typed from its OpenAPI document (same origin: the gateway serves the console). */
export const api = createClient<paths>({ baseUrl: '' });

let token: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setAccessToken(value: string | null): void {
  token = value;
}

/** Called on a 401 from any route but the login itself: the session is over, back to the login page. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

const auth: Middleware = {
  onRequest({ request }) {
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.endsWith('/auth/login')) {
      onUnauthenticated?.();
    }
    return response;
  },
};
api.use(auth);

/** An answer that is not 2xx, as the problem+json body the gateway sends (or one made up for a network error). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): Problem['code'] {
    return this.problem.code;
  }
}

function asProblem(error: unknown, response: Response | undefined): Problem {
  if (error && typeof error === 'object' && 'status' in error && 'title' in error) return error as Problem;
  const status = response?.status ?? 0;
  return {
    type: 'about:blank',
    title: response?.statusText || 'Network error',
    status,
    detail: status ? `HTTP ${status}` : 'The gateway could not be reached.',
    instance: '',
    code: status === 0 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL',
    errors: [],
  };
}

/** The data of an openapi-fetch answer, or an ApiError with its problem. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(asProblem(null, undefined));
  }
  if (result.error !== undefined || !result.response.ok)
    throw new ApiError(asProblem(result.error, result.response));
  return result.data as T;
}
