/** The panel's REST API: the envelope {message, success, data}, errors with a stable code. */

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface Usage { download: number; upload: number }

export interface Client {
  name: string;
  wg: number;
  address: string;
  created_at: string;
  expires: string;
  note: string | null;
  traffic: string;
  used_trafic: Usage;
  connected_now: boolean;
  status: boolean;
  last_handshake: string | null;
  disabled_reason: string | null;
  share_url: string | null;
}

export interface ClientPage { clients: Client[]; total: number; page: number; size: number }

export interface Summary {
  clients: { total: number; enabled: number; connected: number };
  last_sync_at: string | null;
  revision: string;
}

export interface Dashboard {
  cpu: string;
  mem: { total: string; available: string; usage: string };
  net: { download: string; upload: string };
  uptime: number;
  clients_count: number;
  enabled_clients: number;
  connected_clients: number;
  status: string;
  alert: string[];
  bandwidth: number;
  wg_mode: string;
  wg_status: string;
  last_sync: { at: string; duration_ms: number; peers_read: number; bytes_counted: number } | null;
}

export type SortField = 'name' | 'created_at' | 'expires' | 'usage' | 'status';
export type StatusFilter = 'all' | 'enabled' | 'disabled' | 'connected' | 'expired' | 'over_quota';

export interface ClientQuery {
  page: number;
  size: number;
  q: string;
  sort: SortField;
  descending: boolean;
  status: StatusFilter;
}

export interface InstallForm {
  server_ip: string;
  wg_port: string;
  wg_address_range: string;
  wg_dns: string;
  admin_user: string;
  admin_password: string;
}

const TOKEN_KEY = 'candypanel.token';

/** The query string of GET /api/clients; defaults are left out. */
export function clientQueryString(query: ClientQuery): string {
  const params = new URLSearchParams();
  params.set('page', String(query.page));
  params.set('size', String(query.size));
  if (query.q.trim()) params.set('q', query.q.trim());
  params.set('sort', (query.descending ? '-' : '') + query.sort);
  if (query.status !== 'all') params.set('status', query.status);
  return params.toString();
}

export class Api {
  private token: string | null;

  constructor(private readonly fetcher: typeof fetch = (...args) => fetch(...args),
              private readonly storage: Storage | null = typeof localStorage === 'undefined' ? null : localStorage,
              private readonly onUnauthenticated: () => void = () => {}) {
    this.token = storage?.getItem(TOKEN_KEY) ?? null;
  }

  get loggedIn(): boolean {
    return this.token !== null;
  }

  async installed(): Promise<boolean> {
    const response = await this.fetcher('/check', { headers: { Accept: 'application/json' } });
    const body = await response.json();
    return body.installed === true;
  }

  async install(form: InstallForm): Promise<void> {
    await this.call('POST', '/api/auth', { action: 'install', ...form });
  }

  async login(username: string, password: string): Promise<void> {
    const data = await this.call<{ access_token: string }>('POST', '/api/auth', { action: 'login', username, password });
    this.token = data.access_token;
    this.storage?.setItem(TOKEN_KEY, this.token);
  }

  async logout(): Promise<void> {
    try {
      if (this.token) await this.call('POST', '/api/auth', { action: 'logout' });
    } finally {
      this.forget();
    }
  }

  forget(): void {
    this.token = null;
    this.storage?.removeItem(TOKEN_KEY);
  }

  dashboard(): Promise<Dashboard> {
    return this.call<{ dashboard: Dashboard }>('GET', '/api/data').then((data) => data.dashboard);
  }

  summary(): Promise<Summary> {
    return this.call('GET', '/api/summary');
  }

  clients(query: ClientQuery): Promise<ClientPage> {
    return this.call('GET', '/api/clients?' + clientQueryString(query));
  }

  manage<T = unknown>(resource: string, action: string, data: Record<string, unknown>): Promise<T> {
    return this.call('POST', '/api/manage', { resource, action, data });
  }

  createClient(name: string, expires: string, trafficBytes: number, note: string): Promise<unknown> {
    return this.manage('client', 'create', { name, expires, traffic: String(trafficBytes), note });
  }

  setClientEnabled(name: string, enabled: boolean): Promise<unknown> {
    return this.manage('client', 'update', { name, status: enabled });
  }

  deleteClient(name: string): Promise<unknown> {
    return this.manage('client', 'delete', { name });
  }

  clientConfig(name: string): Promise<string> {
    return this.manage<{ config: string }>('client', 'get_config', { name }).then((data) => data.config);
  }

  shareClient(name: string): Promise<string> {
    return this.manage<{ share_url: string }>('client', 'share', { name }).then((data) => data.share_url);
  }

  /** The client's QR code as an object URL (the image needs the bearer token, so no plain <img src>). */
  async clientQr(name: string): Promise<Blob> {
    const response = await this.fetcher('/api/clients/' + encodeURIComponent(name) + '/qr.png', { headers: this.headers() });
    if (!response.ok) throw await this.error(response);
    return response.blob();
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.token) headers.Authorization = 'Bearer ' + this.token;
    return headers;
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers = this.headers();
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await this.fetcher(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw await this.error(response);
    const envelope = await response.json();
    return envelope.data as T;
  }

  private async error(response: Response): Promise<ApiError> {
    let code = 'HTTP_' + response.status;
    let message = response.statusText || 'Request failed';
    try {
      const envelope = await response.json();
      code = envelope.code ?? code;
      message = envelope.message ?? message;
    } catch {
      // not JSON: keep the status line
    }
    if (response.status === 401 && this.token) {
      this.forget();
      this.onUnauthenticated();
    }
    return new ApiError(response.status, code, message);
  }
}
