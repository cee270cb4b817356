// The only way the app talks to the server (ESLint keeps fetch out of every other folder).
// Failures are sorted into what they mean for the person: not connected (try again later, work is
// safe), signed out (sign in again), or refused (show it).

export class OfflineError extends Error {
  constructor(cause?: unknown) {
    super('Not connected', { cause });
    this.name = 'OfflineError';
  }
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface Transport {
  json(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<unknown>;
  putBytes(path: string, bytes: ArrayBuffer, headers: Record<string, string>): Promise<void>;
  getBytes(path: string): Promise<{ bytes: ArrayBuffer; mime: string }>;
}

export interface FetchTransportOptions {
  /** '' in the browser (same origin); an absolute URL in Node tests. */
  base?: string;
  fetch?: typeof fetch;
  /** Extra headers on every request (Node tests: the cookie and the Origin). */
  headers?: () => Record<string, string>;
  /** Sees every response (Node tests: keep the session cookie). */
  onResponse?: (response: Response) => void;
  timeoutMs?: number;
}

async function errorOf(res: Response): Promise<ApiError> {
  let code = 'error';
  let message = '';
  try {
    const body = (await res.json()) as { error?: unknown; message?: unknown };
    if (typeof body.error === 'string') code = body.error;
    if (typeof body.message === 'string') message = body.message;
  } catch {
    // not JSON: a proxy's error page; the status says enough
  }
  return new ApiError(res.status, code, message);
}

export function fetchTransport(options: FetchTransportOptions = {}): Transport {
  const base = options.base ?? '';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function send(path: string, init: RequestInit): Promise<Response> {
    let res: Response;
    try {
      res = await doFetch(base + path, {
        ...init,
        credentials: 'same-origin',
        cache: 'no-store',
        signal: AbortSignal.timeout(timeoutMs),
        headers: { ...(init.headers as Record<string, string>), ...options.headers?.() },
      });
    } catch (error) {
      throw new OfflineError(error);
    }
    options.onResponse?.(res);
    // A gateway with no server behind it means the same as no connection at all.
    if (res.status === 502 || res.status === 503 || res.status === 504) {
      throw new OfflineError(res.status);
    }
    if (!res.ok) throw await errorOf(res);
    return res;
  }

  return {
    async json(method, path, body) {
      const res = await send(path, {
        method,
        ...(body === undefined
          ? {}
          : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
      });
      if (res.status === 204) return undefined;
      try {
        return await res.json();
      } catch (error) {
        throw new OfflineError(error); // cut off mid-answer
      }
    },
    async putBytes(path, bytes, headers) {
      await send(path, { method: 'PUT', body: bytes, headers });
    },
    async getBytes(path) {
      const res = await send(path, { method: 'GET' });
      let bytes: ArrayBuffer;
      try {
        bytes = await res.arrayBuffer();
      } catch (error) {
        throw new OfflineError(error);
      }
      return { bytes, mime: (res.headers.get('content-type') ?? '').split(';')[0]!.trim() };
    },
  };
}
