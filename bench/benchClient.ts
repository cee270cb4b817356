// A device's HTTP calls to the bench server, for the sync and sharing benchmarks: JSON (or bytes)
// from the app's own origin, keeping the session cookie the server sets.
export type Client = ReturnType<typeof client>;
export function client(base: string) {
  let cookie = '';
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Record<string, unknown>> => {
    const res = await fetch(base + path, {
      method,
      body: Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body),
      headers: {
        'content-type': 'application/json',
        origin: base,
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    const set = res.headers.getSetCookie();
    if (set.length) cookie = set[0]!.split(';')[0]!;
    return res.status === 204 || method === 'PUT'
      ? {}
      : (res.json() as Promise<Record<string, unknown>>);
  };
  return {
    post: (path: string, body: unknown) => call('POST', path, body),
    call,
  };
}

export async function signIn(base: string, nextCode: () => Promise<string>, email: string) {
  const c = client(base);
  const { challengeId } = await c.post('/api/auth/email/start', { email });
  const account = await c.post('/api/auth/email/verify', { challengeId, code: await nextCode() });
  return { ...c, userId: (account as { userId: string }).userId };
}
