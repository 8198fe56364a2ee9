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

/** `data.kernel` of a change WireGuard did not take: the change stands, the reconciler retries it. */
export interface KernelReport { applied: boolean; message: string }

/** A change's answer: the server's sentence (it names a kernel warning, if any) and its data. */
export interface Outcome<T = Record<string, unknown> | null> { message: string; data: T }

/** One entry of GET /api/interfaces. */
export interface WgInterfaceInfo {
  wg: number;
  name: string;
  public_key: string;
  port: number;
  address_range: string;
  ipv6_address_range: string | null;
  mtu: number;
  status: boolean;
  client_count: number;
}

/** GET /api/settings: every setting as text (secrets masked) and the API tokens' names. */
export interface SettingsView { settings: Record<string, string>; api_tokens: string[] }

export interface Backup { name: string; size_bytes: number; created_at: string }

export interface AuditEntry { at: string; actor: string; action: string; target: string | null; detail: string | null }

export interface AuditPage { entries: AuditEntry[]; page: number; size: number; total: number }

export interface SyncReport {
  started_at: string;
  duration_ms: number;
  peers_read: number;
  clients_updated: number;
  bytes_counted: number;
  disabled: { name: string; reason: string }[];
  re_enabled: number;
  kernel_actions: string[];
  kernel_failures: string[];
}

/** The fields of client/update; a field left out is not changed. */
export interface ClientChanges { expires?: string; traffic?: number; note?: string; status?: boolean }

/** The fields of interface/update; a field left out is not changed. */
export interface InterfaceChanges { address?: string; port?: number; status?: boolean }

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

  /** The dashboard alone (GET /api/dashboard): counts and host figures, never the client list. */
  dashboard(): Promise<Dashboard> {
    return this.call('GET', '/api/dashboard');
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<Outcome> {
    return this.send('POST', '/api/auth', { action: 'change_password', current_password: currentPassword, new_password: newPassword });
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

  /** Like {@link manage}, keeping the server's sentence (a kernel warning is part of it). */
  change<T = Record<string, unknown> | null>(resource: string, action: string, data: Record<string, unknown>): Promise<Outcome<T>> {
    return this.send('POST', '/api/manage', { resource, action, data });
  }

  /** `wg` is the interface id; left out, the server uses wg0. */
  createClient(name: string, expires: string, trafficBytes: number, note: string, wg?: number): Promise<unknown> {
    const data: Record<string, unknown> = { name, expires, traffic: String(trafficBytes), note };
    if (wg !== undefined) data.wg_id = wg;
    return this.manage('client', 'create', data);
  }

  updateClient(name: string, changes: ClientChanges): Promise<Outcome> {
    const data: Record<string, unknown> = { name };
    if (changes.expires !== undefined) data.expires = changes.expires;
    if (changes.traffic !== undefined) data.traffic = String(changes.traffic);
    if (changes.note !== undefined) data.note = changes.note;
    if (changes.status !== undefined) data.status = changes.status;
    return this.change('client', 'update', data);
  }

  /** Used traffic back to 0 (client/reset_traffic). */
  resetClientUsage(name: string): Promise<Outcome> {
    return this.change('client', 'reset_traffic', { name });
  }

  /** Revokes the share link; the old /s/<token> answers 404 from then on (client/unshare). */
  unshareClient(name: string): Promise<Outcome> {
    return this.change('client', 'unshare', { name });
  }

  interfaces(): Promise<WgInterfaceInfo[]> {
    return this.call<{ interfaces: WgInterfaceInfo[] }>('GET', '/api/interfaces').then((data) => data.interfaces);
  }

  /** `ipv6AddressRange` empty = IPv4 only. */
  createInterface(addressRange: string, port: number, ipv6AddressRange = ''): Promise<Outcome> {
    const data: Record<string, unknown> = { address_range: addressRange, port };
    if (ipv6AddressRange.trim()) data.ipv6_address_range = ipv6AddressRange.trim();
    return this.change('interface', 'create', data);
  }

  updateInterface(name: string, changes: InterfaceChanges): Promise<Outcome> {
    return this.change('interface', 'update', { name, ...changes });
  }

  /** Deletes the interface and every client on it; `data.clients_removed` says how many. */
  deleteInterface(wg: number): Promise<Outcome<{ clients_removed: number }>> {
    return this.change('interface', 'delete', { wg_id: wg });
  }

  settings(): Promise<SettingsView> {
    return this.call('GET', '/api/settings');
  }

  /** A 400 names the rule the value broke; show it beside the field. */
  updateSetting(key: string, value: string): Promise<Outcome> {
    return this.change('setting', 'update', { key, value });
  }

  /** The token itself is never shown again: the server keeps only its hash. */
  saveApiToken(name: string, token: string): Promise<Outcome> {
    return this.change('api_token', 'create_or_update', { name, token });
  }

  deleteApiToken(name: string): Promise<Outcome> {
    return this.change('api_token', 'delete', { name });
  }

  /** Newest first. */
  backups(): Promise<Backup[]> {
    return this.manage<{ backups: Backup[] }>('backup', 'list', {}).then((data) => data.backups);
  }

  createBackup(): Promise<Outcome<Backup>> {
    return this.change('backup', 'create', {});
  }

  restoreBackup(name: string): Promise<Outcome<Backup>> {
    return this.change('backup', 'restore', { name });
  }

  /** Newest first; `page` from 1, `size` up to 500. */
  auditLog(page: number, size: number): Promise<AuditPage> {
    return this.manage('audit', 'list', { page, size });
  }

  syncNow(): Promise<Outcome<SyncReport>> {
    return this.change('sync', 'trigger', {});
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
    return (await this.send<T>(method, path, body)).data;
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<Outcome<T>> {
    const headers = this.headers();
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await this.fetcher(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw await this.error(response);
    const envelope = await response.json();
    return { message: String(envelope.message ?? ''), data: envelope.data as T };
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
