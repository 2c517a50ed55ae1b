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

/**
 * A multipart upload (evidence files): openapi-fetch sends JSON bodies, and a photo from a phone is better
 * sent as its bytes than as base64. Same token, same 401 handling, same problems as every other call.
 */
export async function postForm<T>(path: string, form: FormData): Promise<T> {
  return send<T>(path, { method: 'POST', body: form });
}

/** A file the gateway answers with (the dashboard's Excel export), saved by the browser under its name. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await rawFetch(path, { method: 'GET' });
  if (!response.ok) throw new ApiError(await problemOf(response));
  const blob = await response.blob();
  const disposition = response.headers.get('content-disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = utf8 ? decodeURIComponent(utf8) : (plain ?? fallbackName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function rawFetch(path: string, init: RequestInit): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiError(asProblem(null, undefined));
  }
  if (response.status === 401) onUnauthenticated?.();
  return response;
}

async function problemOf(response: Response): Promise<Problem> {
  const body: unknown = await response.json().catch(() => null);
  return asProblem(body, response);
}

async function send<T>(path: string, init: RequestInit): Promise<T> {
  const response = await rawFetch(path, init);
  if (!response.ok) throw new ApiError(await problemOf(response));
  return (await response.json()) as T;
}
