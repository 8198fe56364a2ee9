import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Api, Client, ClientPage, ClientQuery, KernelReport, Outcome, SortField, StatusFilter, WgInterfaceInfo } from '../api';
import {
  formatBytes, formatDateTime, localDateTimeIn, localDateTimeToIso, quotaToBytes, type QuotaUnit, relativeTime, usagePercent,
} from '../format';
import { useDebounced, usePolling } from '../hooks';
import { type MessageKey, useI18n } from '../i18n';
import { EditClient, QuotaField } from './ClientEdit';
import { Field } from './Field';
import './clients.css';

const SORTS: SortField[] = ['name', 'created_at', 'expires', 'usage', 'status'];
const STATUSES: StatusFilter[] = ['all', 'enabled', 'disabled', 'connected', 'expired', 'over_quota'];
const SIZES = [25, 50, 100];
const REASONS = ['manual', 'quota', 'expired', 'banned'];
/** How often the "last handshake" times are written again, without asking the server. */
const CLOCK_MS = 30_000;

/**
 * Server-side paged list. Live without reloading the list blindly: /api/summary is polled every
 * `pollMs` and the visible page is fetched again only when its `revision` changes.
 */
export function Clients({ api, pollMs = 3000 }: { api: Api; pollMs?: number }) {
  const { t, lang } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebounced(search, 250);
  const [query, setQuery] = useState<Omit<ClientQuery, 'q'>>({ page: 1, size: 25, sort: 'name', descending: false, status: 'all' });
  const [page, setPage] = useState<ClientPage | null>(null);
  const [message, setMessage] = useState('');
  const [warning, setWarning] = useState(false);
  const [error, setError] = useState('');
  const [creating, setCreating] = useState(false);
  const [qr, setQr] = useState<{ name: string; url: string } | null>(null);
  const [editing, setEditing] = useState<Client | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const revision = useRef<string | null>(null);
  const request = useRef(0);

  const load = useCallback(async () => {
    const mine = ++request.current;
    try {
      const result = await api.clients({ ...query, q });
      if (mine === request.current) {
        setPage(result);
        setError('');
      }
    } catch (e) {
      if (mine === request.current) setError((e as Error).message);
    }
  }, [api, query, q]);

  useEffect(() => { load(); }, [load]);
  useEffect(() => { setQuery((current) => (current.page === 1 ? current : { ...current, page: 1 })); }, [q]);

  usePolling(async () => {
    const summary = await api.summary();
    if (revision.current !== null && revision.current !== summary.revision) await load();
    revision.current = summary.revision;
  }, pollMs);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), CLOCK_MS);
    return () => clearInterval(timer);
  }, []);

  /** The server's sentence of a change; a change WireGuard did not take is shown as a warning. */
  const tell = (outcome: Outcome) => {
    const kernel = (outcome.data as { kernel?: KernelReport } | null)?.kernel;
    setWarning(kernel?.applied === false);
    setMessage(outcome.message);
  };

  const say = (text: string) => {
    setWarning(false);
    setMessage(text);
  };

  const act = async (work: () => Promise<unknown>) => {
    setError('');
    try {
      await work();
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  /** A change answered by an {@link Outcome}: its sentence is shown, then the page is fetched again. */
  const change = (work: () => Promise<Outcome>) => act(async () => tell(await work()));

  const download = (client: Client) => act(async () => {
    const config = await api.clientConfig(client.name);
    const url = URL.createObjectURL(new Blob([config], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = client.name + '.conf';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  const showQr = (client: Client) => act(async () => {
    const blob = await api.clientQr(client.name);
    setQr({ name: client.name, url: URL.createObjectURL(blob) });
  });

  const closeQr = () => {
    if (qr) URL.revokeObjectURL(qr.url);
    setQr(null);
  };

  const share = (client: Client) => act(async () => {
    const path = client.share_url ?? await api.shareClient(client.name);
    const link = location.origin + path;
    try {
      await navigator.clipboard.writeText(link);
      say(t('copied') + ' ' + link);
    } catch {
      say(link);
    }
  });

  const remove = (client: Client) => {
    if (window.confirm(t('confirmDelete', { name: client.name }))) act(() => api.deleteClient(client.name));
  };

  const resetUsage = (client: Client) => {
    if (window.confirm(t('confirmReset', { name: client.name }))) change(() => api.resetClientUsage(client.name));
  };

  const revoke = (client: Client) => {
    if (window.confirm(t('confirmRevoke', { name: client.name }))) change(() => api.unshareClient(client.name));
  };

  const saved = (outcome: Outcome | null) => {
    setEditing(null);
    setError('');
    if (outcome) {
      tell(outcome);
      load();
    } else {
      say(t('noChanges'));
    }
  };

  const pages = page ? Math.max(1, Math.ceil(page.total / page.size)) : 1;
  return (
    <section aria-labelledby="clients-title">
      <div class="heading">
        <h1 id="clients-title">{t('navClients')}</h1>
        <button type="button" class="primary" onClick={() => setCreating(!creating)} aria-expanded={creating}>{t('newClient')}</button>
      </div>
      {creating && (
        <CreateClient api={api} onCancel={() => setCreating(false)}
                      onCreated={(name) => { setCreating(false); say(t('created', { name })); load(); }} />
      )}
      <div class="toolbar" role="search">
        <div class="field">
          <label for="client-search">{t('search')}</label>
          <input id="client-search" type="search" value={search} onInput={(e) => setSearch((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="client-sort">{t('sortBy')}</label>
          <select id="client-sort" value={query.sort}
                  onChange={(e) => setQuery({ ...query, page: 1, sort: (e.currentTarget as HTMLSelectElement).value as SortField })}>
            {SORTS.map((s) => <option key={s} value={s}>{t(`sort_${s}`)}</option>)}
          </select>
        </div>
        <label class="check">
          <input type="checkbox" checked={query.descending}
                 onChange={(e) => setQuery({ ...query, page: 1, descending: (e.currentTarget as HTMLInputElement).checked })} />
          {t('descending')}
        </label>
        <div class="field">
          <label for="client-status">{t('statusFilter')}</label>
          <select id="client-status" value={query.status}
                  onChange={(e) => setQuery({ ...query, page: 1, status: (e.currentTarget as HTMLSelectElement).value as StatusFilter })}>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`status_${s}`)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="client-size">{t('pageSize')}</label>
          <select id="client-size" value={String(query.size)}
                  onChange={(e) => setQuery({ ...query, page: 1, size: Number((e.currentTarget as HTMLSelectElement).value) })}>
            {SIZES.map((s) => <option key={s} value={String(s)}>{s}</option>)}
          </select>
        </div>
      </div>
      <div aria-live="polite">
        {message && <p class={warning ? 'notice warning' : 'notice'}>{message}</p>}
        {error && <p role="alert" class="error">{error}</p>}
      </div>
      {!page ? <p aria-busy="true">{t('loading')}</p> : (
        <>
          <div class="table-wrap">
            <table class="clients-table">
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('address')}</th>
                  <th scope="col">{t('usage')}</th>
                  <th scope="col">{t('expires')}</th>
                  <th scope="col">{t('lastHandshake')}</th>
                  <th scope="col">{t('state')}</th>
                  <th scope="col">{t('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {page.clients.length === 0 && <tr><td colSpan={7} class="muted">{t('noClients')}</td></tr>}
                {page.clients.map((client) => (
                  <ClientRow key={client.name} client={client} lang={lang} now={now} actions={{
                    edit: () => setEditing(client),
                    toggle: () => act(() => api.setClientEnabled(client.name, !client.status)),
                    config: () => download(client),
                    qr: () => showQr(client),
                    share: () => share(client),
                    revoke: () => revoke(client),
                    reset: () => resetUsage(client),
                    remove: () => remove(client),
                  }} />
                ))}
              </tbody>
            </table>
          </div>
          <nav class="pager" aria-label="pagination">
            <button type="button" disabled={query.page <= 1} onClick={() => setQuery({ ...query, page: query.page - 1 })}>{t('prevPage')}</button>
            <span>{t('pageOf', { page: query.page, pages, total: page.total })}</span>
            <button type="button" disabled={query.page >= pages} onClick={() => setQuery({ ...query, page: query.page + 1 })}>{t('nextPage')}</button>
          </nav>
        </>
      )}
      {editing && <EditClient api={api} client={editing} onSaved={saved} onClose={() => setEditing(null)} />}
      {qr && (
        <div class="overlay" role="dialog" aria-modal="true" aria-label={t('qrOf', { name: qr.name })}
             onKeyDown={(e) => { if (e.key === 'Escape') closeQr(); }}>
          <div class="card">
            <img src={qr.url} alt={t('qrOf', { name: qr.name })} width={256} height={256} />
            <button type="button" autoFocus onClick={closeQr}>{t('close')}</button>
          </div>
        </div>
      )}
    </section>
  );
}

interface RowActions {
  edit: () => void;
  toggle: () => void;
  config: () => void;
  qr: () => void;
  share: () => void;
  revoke: () => void;
  reset: () => void;
  remove: () => void;
}

/**
 * One client. Every action's accessible name ends with the client's name ("Edit alice"). The
 * frequent ones stay on the row; QR, revoking the link and resetting the usage sit in a "More"
 * disclosure (a native <details>: Enter or Space opens it, Escape closes it) so a phone row stays short.
 */
function ClientRow({ client, lang, now, actions }: { client: Client; lang: string; now: number; actions: RowActions }) {
  const { t } = useI18n();
  const more = useRef<HTMLDetailsElement>(null);
  const used = client.used_trafic.download + client.used_trafic.upload;
  const quota = Number(client.traffic);
  const percent = usagePercent(used, quota);
  const reason = client.disabled_reason;
  const named = (label: string) => `${label} ${client.name}`;
  const fromMenu = (action: () => void) => () => {
    if (more.current) more.current.open = false;
    action();
  };
  const closeMenu = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !more.current?.open) return;
    event.stopPropagation();
    more.current.open = false;
    more.current.querySelector('summary')?.focus();
  };
  return (
    <tr data-client={client.name}>
      <th scope="row">
        <span class={client.connected_now ? 'dot on' : 'dot'} title={client.connected_now ? t('connected') : ''} aria-hidden="true" />
        {client.name}
        {client.connected_now && <span class="sr-only"> ({t('connected')})</span>}
      </th>
      <td data-label={t('address')}><span dir="ltr">{client.address}</span></td>
      <td data-label={t('usage')}>
        <bdi>{formatBytes(used, lang)}</bdi> / <bdi>{quota > 0 ? formatBytes(quota, lang) : t('unlimited')}</bdi>
        {percent !== null && <progress max={100} value={percent} aria-label={t('usage')}>{percent}%</progress>}
      </td>
      <td data-label={t('expires')}>{formatDateTime(client.expires, lang)}</td>
      <td data-label={t('lastHandshake')}>
        {client.last_handshake
          ? <time dateTime={client.last_handshake} title={formatDateTime(client.last_handshake, lang)}>{relativeTime(client.last_handshake, lang, now)}</time>
          : <span class="muted">{t('never')}</span>}
      </td>
      <td data-label={t('state')}>
        <span class={client.status ? 'badge ok' : 'badge off'}>{client.status ? t('enabled') : t('disabled')}</span>
        {!client.status && reason && (
          <span class="muted reason"> ({REASONS.includes(reason) ? t(`reason_${reason}` as MessageKey) : reason})</span>
        )}
      </td>
      <td class="actions">
        <button type="button" onClick={actions.edit} aria-label={named(t('editAction'))}>{t('editAction')}</button>
        <button type="button" onClick={actions.toggle} aria-label={named(client.status ? t('disable') : t('enable'))}>
          {client.status ? t('disable') : t('enable')}
        </button>
        <button type="button" onClick={actions.config} aria-label={named(t('config'))}>{t('config')}</button>
        <button type="button" onClick={actions.share} aria-label={named(t('shareLink'))}>{t('shareLink')}</button>
        <button type="button" class="danger" onClick={actions.remove} aria-label={named(t('deleteAction'))}>{t('deleteAction')}</button>
        <details class="more" ref={more} onKeyDown={closeMenu}>
          <summary aria-label={named(t('more'))}>{t('more')}</summary>
          <div class="menu">
            <button type="button" onClick={fromMenu(actions.qr)} aria-label={named(t('qr'))}>{t('qr')}</button>
            {client.share_url && (
              <button type="button" onClick={fromMenu(actions.revoke)} aria-label={named(t('revokeLink'))}>{t('revokeLink')}</button>
            )}
            <button type="button" onClick={fromMenu(actions.reset)} aria-label={named(t('resetUsage'))}>{t('resetUsage')}</button>
          </div>
        </details>
      </td>
    </tr>
  );
}

export function CreateClient({ api, onCreated, onCancel }: { api: Api; onCreated: (name: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [expires, setExpires] = useState(localDateTimeIn(30));
  const [quota, setQuota] = useState('0');
  const [unit, setUnit] = useState<QuotaUnit>('GB');
  const [note, setNote] = useState('');
  const [interfaces, setInterfaces] = useState<WgInterfaceInfo[]>([]);
  const [wg, setWg] = useState<number | undefined>(undefined);
  const [errors, setErrors] = useState<{ expires?: string; quota?: string; form?: string }>({});

  // The interface choice appears only when there is a choice; the first interface (lowest id) is the default.
  useEffect(() => {
    api.interfaces().then((list) => {
      setInterfaces(list);
      if (list.length > 0) setWg((current) => current ?? list[0].wg);
    }, () => setInterfaces([]));
  }, [api]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const iso = localDateTimeToIso(expires);
    const bytes = quotaToBytes(quota, unit);
    const found = {
      expires: iso ? undefined : t('invalidExpiry'),
      quota: bytes === null ? t('invalidQuota', { unit: t(`unitWord_${unit}`) }) : undefined,
    };
    setErrors(found);
    if (!iso || bytes === null) return;
    try {
      await api.createClient(name.trim(), iso, bytes, note, wg);
      onCreated(name.trim());
    } catch (e) {
      setErrors({ form: (e as Error).message });
    }
  };

  return (
    <form class="card create" onSubmit={submit} aria-label={t('newClient')}>
      <Field id="new-name" label={t('clientName')} value={name} onInput={setName} required />
      <Field id="new-expires" label={t('expires')} value={expires} onInput={setExpires} type="datetime-local" required error={errors.expires} />
      <QuotaField id="new-quota" value={quota} unit={unit} onInput={setQuota} onUnit={setUnit} error={errors.quota} />
      <Field id="new-note" label={t('note')} value={note} onInput={setNote} />
      {interfaces.length > 1 && (
        <div class="field">
          <label for="new-interface">{t('clientInterface')}</label>
          <select id="new-interface" value={String(wg)} onChange={(e) => setWg(Number((e.currentTarget as HTMLSelectElement).value))}>
            {interfaces.map((i) => (
              <option key={i.wg} value={String(i.wg)}>{`${i.name} · ${i.address_range}${i.status ? '' : ' · ' + t('interfaceDown')}`}</option>
            ))}
          </select>
        </div>
      )}
      {errors.form && <p role="alert" class="error">{errors.form}</p>}
      <div class="buttons">
        <button type="submit" class="primary">{t('create')}</button>
        <button type="button" onClick={onCancel}>{t('cancelAction')}</button>
      </div>
    </form>
  );
}
