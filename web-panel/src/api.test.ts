import { Api, ApiError, clientQueryString } from './api';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() { return map.size; },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => { map.delete(k); },
    setItem: (k, v) => { map.set(k, v); },
  };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('Api', () => {
  it('builds the client list query, leaving out the defaults', () => {
    expect(clientQueryString({ page: 2, size: 50, q: ' ali ', sort: 'usage', descending: true, status: 'all' }))
      .toBe('page=2&size=50&q=ali&sort=-usage');
    expect(clientQueryString({ page: 1, size: 25, q: '', sort: 'name', descending: false, status: 'connected' }))
      .toBe('page=1&size=25&sort=name&status=connected');
  });

  it('logs in, keeps the token and sends it as a bearer token', async () => {
    const calls: [string, RequestInit][] = [];
    const fetcher = vi.fn(async (url: string, init: RequestInit) => {
      calls.push([url, init]);
      return url === '/api/auth'
        ? json(200, { success: true, message: 'ok', data: { access_token: 'tok', token_type: 'bearer' } })
        : json(200, { success: true, message: 'ok', data: { clients: { total: 1, enabled: 1, connected: 0 }, revision: '7' } });
    });
    const storage = memoryStorage();
    const api = new Api(fetcher as unknown as typeof fetch, storage);
    await api.login('admin', 'pw');
    expect(JSON.parse(calls[0][1].body as string)).toEqual({ action: 'login', username: 'admin', password: 'pw' });
    expect(storage.getItem('candypanel.token')).toBe('tok');
    const summary = await api.summary();
    expect(summary.revision).toBe('7');
    expect((calls[1][1].headers as Record<string, string>).Authorization).toBe('Bearer tok');
  });

  it('turns an error envelope into an ApiError with its code, and forgets the session on 401', async () => {
    const storage = memoryStorage();
    storage.setItem('candypanel.token', 'old');
    const onUnauthenticated = vi.fn();
    const fetcher = vi.fn(async () => json(401, { success: false, message: 'Session expired.', code: 'UNAUTHENTICATED' }));
    const api = new Api(fetcher as unknown as typeof fetch, storage, onUnauthenticated);
    const error = await api.summary().catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toBe('Session expired.');
    expect(api.loggedIn).toBe(false);
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('sends client changes through /api/manage', async () => {
    const fetcher = vi.fn(async () => json(200, { success: true, message: 'ok', data: {} }));
    const api = new Api(fetcher as unknown as typeof fetch, memoryStorage());
    await api.createClient('alice', '2030-01-01T00:00:00.000Z', 1073741824, '');
    await api.setClientEnabled('alice', false);
    const bodies = fetcher.mock.calls.map((c) => JSON.parse((c as unknown as [string, RequestInit])[1].body as string));
    expect(bodies[0]).toEqual({ resource: 'client', action: 'create',
      data: { name: 'alice', expires: '2030-01-01T00:00:00.000Z', traffic: '1073741824', note: '' } });
    expect(bodies[1]).toEqual({ resource: 'client', action: 'update', data: { name: 'alice', status: false } });
  });
});
